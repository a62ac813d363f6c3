import { Button, Descriptions, Drawer, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DeleteButton } from '../../../components/DeleteButton';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ReasonButton } from '../../../components/ReasonButton';
import { DocumentsCard } from '../../documents/DocumentsCard';
import {
  type ExpenseLine,
  linePath,
  receiptCategories,
  useChangeClaim,
  useClaim,
} from '../expenses-api';
import { ExpenseLineForm } from './ExpenseLineForm';

/**
 * One expense claim: its lines with their receipts (a line opens to its files), adding and
 * removing lines and submitting while it is the person's to change, and the decision of the
 * supplier or the project's manager when it waits for theirs.
 */
export function ExpenseClaimDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const claim = useClaim(id);
  const change = useChangeClaim(id);
  const c = claim.data;
  const error =
    claim.error ?? change.removeLine.error ?? change.submit.error ?? change.decide.error;
  return (
    <Drawer
      open
      size="large"
      title={c ? `${c.number} · ${c.title}` : ''}
      onClose={onClose}
      extra={
        c && (
          <Space>
            {c.canEdit && (
              <Button
                type="primary"
                loading={change.submit.isPending}
                disabled={c.lines.length === 0}
                onClick={() => change.submit.mutate(c.version)}
              >
                {t('expense.submit')}
              </Button>
            )}
            {c.canDecide && (
              <>
                <Button
                  type="primary"
                  loading={change.decide.isPending}
                  onClick={() => change.decide.mutate({ decision: 'approved', version: c.version })}
                >
                  {t('expense.approve')}
                </Button>
                <ReasonButton
                  danger
                  label={t('expense.reject')}
                  title={t('expense.rejectTitle')}
                  onConfirm={(comment) =>
                    change.decide.mutateAsync({ decision: 'rejected', version: c.version, comment })
                  }
                />
              </>
            )}
          </Space>
        )
      }
    >
      <ProblemAlert error={error} />
      {c && (
        <>
          <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('expense.person')}>
              {c.supplier ? `${c.person.name} · ${c.supplier.name}` : c.person.name}
            </Descriptions.Item>
            <Descriptions.Item label={t('expense.project')}>
              {c.project.number} {c.project.name}
            </Descriptions.Item>
            <Descriptions.Item label={t('expense.status')}>
              <Tag>{t(`expense.statuses.${c.status}`)}</Tag>
              {c.stage && <Tag color="orange">{t(`expense.stages.${c.stage}`)}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('expense.total')}>
              <Money minor={c.totalMinor} currency={c.currency} /> ({t('expense.tax')}{' '}
              <Money minor={c.taxMinor} currency={c.currency} />)
            </Descriptions.Item>
            <Descriptions.Item label={t('expense.billableTotal')}>
              <Money minor={c.billableMinor} currency={c.currency} />
            </Descriptions.Item>
            {c.rejectionReason && (
              <Descriptions.Item label={t('expense.rejectionReason')}>
                {c.rejectionReason}
              </Descriptions.Item>
            )}
            {c.paymentRun && (
              <Descriptions.Item label={t('expense.paymentRun')}>
                {c.paymentRun.number} {c.paidOn ?? ''}
              </Descriptions.Item>
            )}
          </Descriptions>
          {c.canEdit && (
            <ExpenseLineForm
              version={c.version}
              pending={change.addLine.isPending}
              error={change.addLine.error}
              onAdd={(body) => change.addLine.mutateAsync(body)}
            />
          )}
          <Table<ExpenseLine>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={c.lines}
            expandable={{
              expandedRowRender: (l) => (
                <DocumentsCard
                  basePath={linePath(c.id, l.id)}
                  categories={receiptCategories}
                  permanent={['receipt']}
                  canWrite={c.canEdit}
                  title={t('expense.receipts')}
                  onChange={change.refresh}
                />
              ),
            }}
            columns={[
              { title: t('expense.day'), dataIndex: 'day', width: 110 },
              {
                title: t('expense.category'),
                key: 'category',
                render: (_, l) => <Tag>{t(`expense.categories.${l.category}`)}</Tag>,
              },
              {
                title: t('expense.description'),
                key: 'description',
                render: (_, l) =>
                  l.location ? `${l.description} · ${l.location} × ${l.days}` : l.description,
              },
              {
                title: t('expense.amount'),
                key: 'amount',
                align: 'right',
                render: (_, l) => <Money minor={l.amountMinor} currency={l.currency} />,
              },
              {
                title: t('expense.inBase'),
                key: 'base',
                align: 'right',
                render: (_, l) => <Money minor={l.amountBaseMinor} currency={c.currency} />,
              },
              {
                title: t('expense.billable'),
                key: 'billable',
                render: (_, l) =>
                  l.billable ? (
                    <Space size={4} wrap>
                      <Tag color="blue">{t('expense.rebilled')}</Tag>
                      {l.rebillMinor !== null && l.rebillCurrency && (
                        <Money minor={l.rebillMinor} currency={l.rebillCurrency} />
                      )}
                      {l.invoice && <Tag>{l.invoice.number ?? t('expense.draftInvoice')}</Tag>}
                    </Space>
                  ) : (
                    '—'
                  ),
              },
              {
                title: t('expense.receipts'),
                key: 'receipts',
                render: (_, l) =>
                  l.category === 'per_diem' ? (
                    '—'
                  ) : l.receipts > 0 ? (
                    l.receipts
                  ) : (
                    <Tag color="red">{t('expense.noReceipt')}</Tag>
                  ),
              },
              ...(c.canEdit
                ? [
                    {
                      key: 'remove',
                      render: (_: unknown, l: ExpenseLine) => (
                        <DeleteButton onConfirm={() => change.removeLine.mutate(l.id)} />
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
