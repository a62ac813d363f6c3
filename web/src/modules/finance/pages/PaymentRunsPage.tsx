import { Button, Card, DatePicker, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/LoadMore';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { PaymentRunDrawer } from '../components/PaymentRunDrawer';
import { type PaymentRunSummary, useDraftRun, usePaymentRuns } from '../payables-api';

/** Payment runs (付款批次): the released bills due by a day and the approved expense claims, paid together. */
export default function PaymentRunsPage() {
  const { t } = useTranslation();
  const runs = usePaymentRuns();
  const draft = useDraftRun();
  const canWrite = useHasPermission()('finance:write');
  const [dueBy, setDueBy] = useState<Dayjs>(dayjs().add(7, 'day'));
  const [open, setOpen] = useState<string | null>(null);
  const rows = runs.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card
      title={t('nav.paymentRuns')}
      extra={
        canWrite && (
          <Space>
            <DatePicker
              aria-label={t('paymentRun.dueBy')}
              allowClear={false}
              value={dueBy}
              onChange={(d) => d && setDueBy(d)}
            />
            <Button
              type="primary"
              loading={draft.isPending}
              onClick={() =>
                draft.mutateAsync(dueBy.format('YYYY-MM-DD')).then((r) => setOpen(r.id))
              }
            >
              {t('paymentRun.draft')}
            </Button>
          </Space>
        )
      }
    >
      <ProblemAlert error={runs.error ?? draft.error} />
      <Table<PaymentRunSummary>
        rowKey="id"
        size="small"
        pagination={false}
        loading={runs.isFetching}
        dataSource={rows}
        onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('paymentRun.number'), dataIndex: 'number', width: 160 },
          { title: t('paymentRun.dueBy'), dataIndex: 'dueBy', width: 120 },
          { title: t('paymentRun.bills'), dataIndex: 'bills', width: 90, align: 'right' },
          { title: t('paymentRun.claims'), dataIndex: 'claims', width: 90, align: 'right' },
          {
            title: t('bill.total'),
            key: 'totals',
            align: 'right',
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                {r.totals.map((x) => (
                  <Money key={x.currency} minor={x.totalMinor} currency={x.currency} />
                ))}
              </Space>
            ),
          },
          {
            title: t('bill.status'),
            dataIndex: 'status',
            render: (s: PaymentRunSummary['status']) => <Tag>{t(`paymentRun.statuses.${s}`)}</Tag>,
          },
          {
            title: t('paymentRun.paidOn'),
            dataIndex: 'paidOn',
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('paymentRun.bankReference'),
            dataIndex: 'bankReference',
            render: (v: string | null) => v ?? '—',
          },
        ]}
      />
      <LoadMore pages={runs} />
      {open && <PaymentRunDrawer id={open} onClose={() => setOpen(null)} />}
    </Card>
  );
}
