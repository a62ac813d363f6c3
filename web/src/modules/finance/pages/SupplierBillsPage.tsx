import { Button, Card, Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/LoadMore';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { BillDrawer } from '../components/BillDrawer';
import { BillForm } from '../components/BillForm';
import { type BillFilter, type SupplierBillSummary, useBills, useEnterBill } from '../payables-api';

const views = {
  all: {},
  received: { status: 'received' },
  held: { held: 'true' },
  approved: { status: 'approved' },
  paid: { status: 'paid' },
} as const satisfies Record<string, BillFilter>;

/** Supplier bills (应付): received, matched, approved, held or released, paid. */
export default function SupplierBillsPage() {
  const { t } = useTranslation();
  const [view, setView] = useState<keyof typeof views>('all');
  const [open, setOpen] = useState<string | null>(null);
  const [entering, setEntering] = useState(false);
  const bills = useBills(views[view]);
  const enter = useEnterBill();
  const canWrite = useHasPermission()('finance:write');
  const rows = bills.data?.pages.flatMap((p) => p.items) ?? [];
  const money = (v: number, b: SupplierBillSummary) => <Money minor={v} currency={b.currency} />;
  return (
    <Card
      title={t('nav.supplierBills')}
      extra={
        canWrite && (
          <Button type="primary" onClick={() => setEntering(true)}>
            {t('bill.enter')}
          </Button>
        )
      }
    >
      <Segmented
        style={{ marginBottom: 12 }}
        value={view}
        onChange={(v) => setView(v as keyof typeof views)}
        options={Object.keys(views).map((v) => ({ value: v, label: t(`bill.views.${v}`) }))}
      />
      <ProblemAlert error={bills.error} />
      <Table<SupplierBillSummary>
        rowKey="id"
        size="small"
        pagination={false}
        loading={bills.isFetching}
        dataSource={rows}
        onRow={(b) => ({ onClick: () => setOpen(b.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('bill.number'), dataIndex: 'number', width: 160 },
          { title: t('bill.supplier'), key: 'supplier', render: (_, b) => b.supplier.name },
          { title: t('bill.supplierReference'), dataIndex: 'supplierReference' },
          { title: t('bill.billDate'), dataIndex: 'billDate', width: 110 },
          { title: t('bill.dueDate'), dataIndex: 'dueDate', width: 110 },
          { title: t('bill.total'), dataIndex: 'totalMinor', align: 'right', render: money },
          {
            title: t('bill.status'),
            key: 'status',
            render: (_, b) => (
              <Space size={4}>
                <Tag>{t(`bill.statuses.${b.status}`)}</Tag>
                {b.held && <Tag color="orange">{t('bill.held')}</Tag>}
              </Space>
            ),
          },
        ]}
      />
      <LoadMore pages={bills} />
      {open && <BillDrawer id={open} onClose={() => setOpen(null)} />}
      {entering && (
        <BillForm
          title={t('bill.enter')}
          saving={enter.isPending}
          error={enter.error}
          onSave={(body) => enter.mutateAsync(body).then((b) => setOpen(b.id))}
          onClose={() => setEntering(false)}
        />
      )}
    </Card>
  );
}
