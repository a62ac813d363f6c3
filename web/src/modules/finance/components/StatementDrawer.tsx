import { Button, Drawer, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ReasonButton } from '../../../components/ReasonButton';
import { useHasPermission } from '../../auth/api';
import { type BankStatementLine, useDecideLine, useStatement } from '../banking-api';

const statusColour = { open: 'gold', matched: 'green', ignored: 'default' } as const;

/** A suggested match, its reasons in its label, wrapping within the column. */
function MatchButton(props: { label: string; loading: boolean; onClick: () => void }) {
  return (
    <Button
      size="small"
      type="primary"
      style={{ whiteSpace: 'normal', height: 'auto', textAlign: 'left' }}
      loading={props.loading}
      onClick={props.onClick}
    >
      {props.label}
    </Button>
  );
}

/**
 * A statement's bookings: money in with the invoices it may pay (a person confirms the
 * match, which records the payment), money out with the paid payment runs it may be, and
 * lines set aside with a note.
 */
export function StatementDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const statement = useStatement(id);
  const decide = useDecideLine();
  const canWrite = useHasPermission()('finance:write');
  const s = statement.data;
  return (
    <Drawer
      open
      size="large"
      title={s ? `${s.bankAccount} · ${s.firstDay} – ${s.lastDay}` : ''}
      onClose={onClose}
    >
      <ProblemAlert error={statement.error ?? decide.error} />
      {s && (
        <Table<BankStatementLine>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={s.bookings}
          columns={[
            { title: t('bank.bookedOn'), dataIndex: 'bookedOn', width: 120 },
            {
              title: t('bank.amount'),
              dataIndex: 'amountMinor',
              align: 'right',
              render: (v: number) => <Money minor={v} currency={s.currency} />,
            },
            {
              title: t('bank.reference'),
              key: 'reference',
              render: (_, l) => (
                <>
                  {l.reference}
                  {l.counterparty && (
                    <Typography.Text type="secondary"> · {l.counterparty}</Typography.Text>
                  )}
                </>
              ),
            },
            {
              title: t('bank.status'),
              key: 'status',
              width: 300,
              render: (_, l) => (
                <Space direction="vertical" size={4}>
                  <Tag color={statusColour[l.status]}>{t(`bank.statuses.${l.status}`)}</Tag>
                  {l.payment && <span>{l.payment.number}</span>}
                  {l.paymentRun && <span>{l.paymentRun.number}</span>}
                  {l.note && <Typography.Text type="secondary">{l.note}</Typography.Text>}
                  {canWrite &&
                    l.status === 'open' &&
                    l.suggestions.map((m) => (
                      <MatchButton
                        key={m.invoice.id}
                        loading={decide.isPending}
                        onClick={() => decide.mutate({ line: l, invoiceId: m.invoice.id })}
                        label={t('bank.match', {
                          number: m.invoice.number,
                          client: m.client.name,
                          reasons: m.reasons.map((r) => t(`bank.reasons.${r}`)).join(', '),
                        })}
                      />
                    ))}
                  {canWrite &&
                    l.status === 'open' &&
                    l.runSuggestions.map((m) => (
                      <MatchButton
                        key={m.run.id}
                        loading={decide.isPending}
                        onClick={() => decide.mutate({ line: l, paymentRunId: m.run.id })}
                        label={t('bank.matchRun', {
                          number: m.run.number,
                          reasons: m.reasons.map((r) => t(`bank.runReasons.${r}`)).join(', '),
                        })}
                      />
                    ))}
                  {canWrite && l.status === 'open' && (
                    <ReasonButton
                      label={t('bank.ignore')}
                      title={t('bank.ignoreTitle')}
                      field={t('bank.note')}
                      onConfirm={(note) => decide.mutateAsync({ line: l, note })}
                    />
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
    </Drawer>
  );
}
