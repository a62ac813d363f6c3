import { Card, Checkbox, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/LoadMore';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type PaymentFilter, type PaymentSummary, usePayments } from '../api';
import { PaymentDrawer } from '../components/PaymentDrawer';

/** Money received from clients, and what of it is still the clients' credit balance. */
export default function PaymentsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<PaymentFilter>({});
  const [open, setOpen] = useState<string | null>(null);
  const payments = usePayments(filter);
  const rows = payments.data?.pages.flatMap((p) => p.items) ?? [];
  const money = (v: number, p: PaymentSummary) => <Money minor={v} currency={p.currency} />;
  return (
    <Card title={t('nav.payments')}>
      <Checkbox
        style={{ marginBottom: 12 }}
        onChange={(e) => setFilter(e.target.checked ? { unallocated: 'true' } : {})}
      >
        {t('payment.onlyCredit')}
      </Checkbox>
      <ProblemAlert error={payments.error} />
      <Table<PaymentSummary>
        rowKey="id"
        size="small"
        pagination={false}
        loading={payments.isFetching}
        dataSource={rows}
        onRow={(p) => ({ onClick: () => setOpen(p.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('payment.number'), dataIndex: 'number', width: 160 },
          { title: t('invoice.client'), key: 'client', render: (_, p) => p.client.name },
          { title: t('payment.receivedOn'), dataIndex: 'receivedOn', width: 120 },
          { title: t('payment.reference'), dataIndex: 'reference' },
          {
            title: t('payment.amountLabel'),
            dataIndex: 'amountMinor',
            align: 'right',
            render: money,
          },
          {
            title: t('payment.unallocated'),
            dataIndex: 'unallocatedMinor',
            align: 'right',
            render: money,
          },
        ]}
      />
      <LoadMore pages={payments} />
      {open && <PaymentDrawer id={open} onClose={() => setOpen(null)} />}
    </Card>
  );
}
