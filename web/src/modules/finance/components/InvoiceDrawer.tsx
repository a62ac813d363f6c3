import { Button, Descriptions, Drawer, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { Money } from '../../../components/Money';
import { formatMoney } from '../../../components/money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ReasonButton } from '../../../components/ReasonButton';
import { useHasPermission, useMe } from '../../auth/api';
import {
  type Invoice,
  invoicePdfUrl,
  useDispute,
  useEditDraft,
  useInvoice,
  useInvoiceAction,
  usePolicy,
  useWriteOff,
} from '../api';
import { CreditNoteForm } from './CreditNoteForm';
import { DiscountForm } from './DiscountForm';
import { FapiaoCard } from './FapiaoCard';
import { PaymentForm } from './PaymentForm';

type Line = Invoice['lines'][number];

export const invoiceStatusColor = { draft: 'default', approved: 'blue', issued: 'green' } as const;

export const settlementColor = {
  open: 'default',
  partially_paid: 'gold',
  overdue: 'red',
  paid: 'green',
  credited: 'purple',
  written_off: 'magenta',
} as const;

/** One invoice or credit note with its lines and totals, and the step it can take next. */
export function InvoiceDrawer({
  id,
  onOpen,
  onClose,
}: {
  id: string;
  /** Shows another document: the credit note just drafted, or the invoice a note credits. */
  onOpen: (id: string) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const invoice = useInvoice(id);
  const can = useHasPermission();
  const approve = useInvoiceAction('approve');
  const issue = useInvoiceAction('issue');
  const discard = useInvoiceAction('discard');
  const mail = useInvoiceAction('send');
  const writeOff = useWriteOff();
  const dispute = useDispute();
  const inv = invoice.data;
  const [crediting, setCrediting] = useState(false);
  const [paying, setPaying] = useState(false);
  const [discounting, setDiscounting] = useState(false);
  const edit = useEditDraft();
  const { data: session } = useMe();
  const me = session?.user.id;
  const baseCurrency = session?.workspace?.baseCurrency ?? 'CNY';
  // With four eyes, whoever drafted an invoice leaves its approval to someone else.
  const ownDraft = Boolean(usePolicy().data?.fourEyes && inv?.createdBy === me);
  const money = (minor: number) => <Money minor={minor} currency={inv?.currency ?? 'CNY'} />;
  const percent = (rate: string) =>
    new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 2 }).format(
      Number(rate),
    );
  const act = (m: typeof approve) => inv && m.mutate({ id: inv.id, version: inv.version });
  // A draft invoice is edited as the client will read it; a credit note credits as it was.
  const editable = inv?.status === 'draft' && inv.kind === 'invoice' && can('finance:write');
  return (
    <Drawer
      open
      width={820}
      title={inv ? `${inv.number ?? t(`invoice.statuses.${inv.status}`)} · ${inv.client.name}` : ''}
      onClose={onClose}
    >
      <ProblemAlert
        error={
          invoice.error ??
          approve.error ??
          issue.error ??
          discard.error ??
          mail.error ??
          edit.error ??
          writeOff.error ??
          dispute.error
        }
      />
      {inv && (
        <>
          <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('invoice.status')}>
              <Tag color={invoiceStatusColor[inv.status]}>
                {t(`invoice.statuses.${inv.status}`)}
              </Tag>
              {inv.kind === 'credit_note' && (
                <Tag color="red">{t('invoice.kinds.credit_note')}</Tag>
              )}
            </Descriptions.Item>
            {inv.creditsId && (
              <Descriptions.Item label={t('invoice.credits')}>
                <Button type="link" size="small" onClick={() => onOpen(inv.creditsId as string)}>
                  {inv.runNumber}
                </Button>{' '}
                {inv.reason}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('invoice.contract')}>
              {inv.contract.number} {inv.contract.title}
            </Descriptions.Item>
            {inv.kind === 'invoice' && (
              <Descriptions.Item label={t('invoice.run')}>
                {inv.runNumber} · {t('invoice.upTo', { day: inv.periodTo })}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('invoice.created')}>
              <DateTime value={inv.createdAt} />
            </Descriptions.Item>
            {inv.issueDate && (
              <Descriptions.Item label={t('invoice.issueDate')}>{inv.issueDate}</Descriptions.Item>
            )}
            {inv.dueDate && (
              <Descriptions.Item label={t('invoice.dueDate')}>{inv.dueDate}</Descriptions.Item>
            )}
            {inv.settlement && (
              <Descriptions.Item label={t('invoice.settlement')}>
                <Tag color={settlementColor[inv.settlement]}>
                  {t(`invoice.settlements.${inv.settlement}`)}
                </Tag>
                {t('invoice.paidOf', {
                  paid: formatMoney(inv.paidMinor, inv.currency, i18n.language),
                  balance: formatMoney(inv.balanceMinor ?? 0, inv.currency, i18n.language),
                })}
              </Descriptions.Item>
            )}
            {inv.writtenOffReason && (
              <Descriptions.Item label={t('invoice.writtenOff')}>
                {inv.writtenOffReason}
              </Descriptions.Item>
            )}
            {inv.disputedAt && (
              <Descriptions.Item label={t('invoice.disputed')}>
                <Tag color="orange">{t('invoice.disputed')}</Tag>
                {inv.disputeReason}
              </Descriptions.Item>
            )}
            {inv.remindersSent > 0 && (
              <Descriptions.Item label={t('invoice.reminders')}>
                {inv.remindersSent}
              </Descriptions.Item>
            )}
            {inv.status === 'issued' && (
              <Descriptions.Item label={t('invoice.sentAt')}>
                {inv.sentAt ? <DateTime value={inv.sentAt} /> : t('invoice.notSent')}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('invoice.policy')}>
              {t(`financePolicy.taxBases.${inv.policy.taxBasis}`)} ·{' '}
              {t(`financePolicy.roundings.${inv.policy.rounding}`)}
            </Descriptions.Item>
            {inv.capMinor !== null && (
              <Descriptions.Item label={t('invoice.cap')}>
                <Money minor={inv.capMinor} currency={inv.currency} />
                {(inv.cappedMinor ?? 0) > 0 && (
                  <>
                    {' · '}
                    {t('invoice.capped')}{' '}
                    <Money minor={inv.cappedMinor ?? 0} currency={inv.currency} />
                  </>
                )}
              </Descriptions.Item>
            )}
            {inv.baseTotalMinor !== null && inv.fxRate && (
              <Descriptions.Item label={t('invoice.inBase')}>
                <Money minor={inv.baseTotalMinor} currency={baseCurrency} /> (
                {t('invoice.atRate', { rate: inv.fxRate })})
              </Descriptions.Item>
            )}
          </Descriptions>
          <Table<Line>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={inv.lines}
            columns={[
              {
                title: t('invoice.item'),
                key: 'item',
                render: (_, l) => (
                  <>
                    <Typography.Text
                      editable={
                        editable && {
                          tooltip: t('invoice.editText'),
                          onChange: (text) => {
                            const zh = i18n.language === 'zh-CN';
                            if (!text.trim() || text === (zh ? l.descriptionZh : l.descriptionEn))
                              return;
                            edit.mutate({
                              id: inv.id,
                              version: inv.version,
                              lines: [
                                {
                                  id: l.id,
                                  descriptionZh: zh ? text : l.descriptionZh,
                                  descriptionEn: zh ? l.descriptionEn : text,
                                },
                              ],
                            });
                          },
                        }
                      }
                    >
                      {i18n.language === 'zh-CN' ? l.descriptionZh : l.descriptionEn}
                    </Typography.Text>{' '}
                    {l.reason && <Typography.Text type="secondary">({l.reason})</Typography.Text>}
                    {editable && l.kind === 'discount' && (
                      <Button
                        type="link"
                        size="small"
                        onClick={() =>
                          edit.mutate({ id: inv.id, version: inv.version, removeDiscounts: [l.id] })
                        }
                      >
                        {t('invoice.removeDiscount')}
                      </Button>
                    )}
                    {l.creditedBy && (
                      <Tag color="red" onClick={() => onOpen(l.creditedBy as string)}>
                        {t('invoice.credited')}
                      </Tag>
                    )}
                  </>
                ),
              },
              {
                title: t('invoice.quantity'),
                key: 'quantity',
                render: (_, l) =>
                  l.unit === 'hour'
                    ? t('invoice.hours', { count: Number(l.quantity) })
                    : t('invoice.items', { count: Number(l.quantity) }),
              },
              { title: t('invoice.entries'), dataIndex: 'entries' },
              {
                title: t('financePolicy.net'),
                dataIndex: 'netMinor',
                align: 'right',
                render: money,
              },
              { title: t('financePolicy.rate'), dataIndex: 'taxRate', render: percent },
              {
                title: t('financePolicy.tax'),
                dataIndex: 'taxMinor',
                align: 'right',
                render: money,
              },
              {
                title: t('financePolicy.total'),
                dataIndex: 'grossMinor',
                align: 'right',
                render: money,
              },
            ]}
          />
          <Descriptions size="small" column={4} style={{ marginTop: 12 }}>
            <Descriptions.Item label={t('financePolicy.net')}>
              {money(inv.netMinor)}
            </Descriptions.Item>
            <Descriptions.Item label={t('financePolicy.tax')}>
              {money(inv.taxMinor)}
            </Descriptions.Item>
            <Descriptions.Item label={t('financePolicy.total')}>
              <strong>{money(inv.totalMinor)}</strong>
            </Descriptions.Item>
            <Descriptions.Item label={t('financePolicy.roundingLine')}>
              {money(inv.roundingMinor)}
            </Descriptions.Item>
          </Descriptions>
          <Space style={{ marginTop: 16 }}>
            {inv.status === 'draft' && can('finance:approve') && !ownDraft && (
              <Button type="primary" loading={approve.isPending} onClick={() => act(approve)}>
                {t('invoice.approve')}
              </Button>
            )}
            {inv.status === 'draft' && ownDraft && (
              <Typography.Text type="secondary">{t('invoice.fourEyes')}</Typography.Text>
            )}
            {inv.status === 'approved' && can('finance:write') && (
              <Popconfirm title={t('invoice.issueConfirm')} onConfirm={() => act(issue)}>
                <Button type="primary" loading={issue.isPending}>
                  {t('invoice.issue')}
                </Button>
              </Popconfirm>
            )}
            {inv.status === 'issued' && (
              <>
                <Button href={invoicePdfUrl(inv.id)} download>
                  {t('invoice.pdf')}
                </Button>
                <Button
                  href={invoicePdfUrl(inv.id, i18n.language === 'zh-CN' ? 'en-US' : 'zh-CN')}
                  download
                >
                  {t(i18n.language === 'zh-CN' ? 'invoice.pdfEnglish' : 'invoice.pdfChinese')}
                </Button>
              </>
            )}
            {(inv.balanceMinor ?? 0) > 0 && can('finance:write') && (
              <Button type="primary" onClick={() => setPaying(true)}>
                {t('payment.record')}
              </Button>
            )}
            {(inv.balanceMinor ?? 0) > 0 && can('finance:write') && !inv.disputedAt && (
              <ReasonButton
                label={t('invoice.dispute')}
                title={t('invoice.disputeTitle')}
                onConfirm={(reason) =>
                  dispute.mutateAsync({ id: inv.id, version: inv.version, disputed: true, reason })
                }
              />
            )}
            {inv.disputedAt && can('finance:write') && (
              <Button
                size="small"
                onClick={() =>
                  dispute.mutate({ id: inv.id, version: inv.version, disputed: false })
                }
              >
                {t('invoice.resolveDispute')}
              </Button>
            )}
            {(inv.balanceMinor ?? 0) > 0 && can('finance:approve') && (
              <ReasonButton
                danger
                label={t('invoice.writeOff')}
                title={t('invoice.writeOffTitle')}
                onConfirm={(reason) =>
                  writeOff.mutateAsync({ id: inv.id, version: inv.version, reason })
                }
              />
            )}
            {inv.status === 'issued' && can('finance:write') && (
              <Popconfirm title={t('invoice.sendConfirm')} onConfirm={() => act(mail)}>
                <Button loading={mail.isPending}>{t('invoice.send')}</Button>
              </Popconfirm>
            )}
            {inv.status === 'issued' &&
              inv.kind === 'invoice' &&
              can('finance:write') &&
              inv.lines.some((l) => !l.creditedBy) && (
                <Button danger onClick={() => setCrediting(true)}>
                  {t('invoice.credit')}
                </Button>
              )}
            {editable && (
              <Button onClick={() => setDiscounting(true)}>{t('invoice.addDiscount')}</Button>
            )}
            {inv.status === 'draft' && can('finance:write') && (
              <Popconfirm
                title={t('invoice.discardConfirm')}
                onConfirm={() =>
                  inv && discard.mutateAsync({ id: inv.id, version: inv.version }).then(onClose)
                }
              >
                <Button danger>{t('invoice.discard')}</Button>
              </Popconfirm>
            )}
          </Space>
          {inv.status === 'issued' && <FapiaoCard invoice={inv} />}
          {paying && <PaymentForm invoice={inv} onClose={() => setPaying(false)} />}
          {discounting && <DiscountForm invoice={inv} onClose={() => setDiscounting(false)} />}
          {crediting && (
            <CreditNoteForm invoice={inv} onDrafted={onOpen} onClose={() => setCrediting(false)} />
          )}
        </>
      )}
    </Drawer>
  );
}
