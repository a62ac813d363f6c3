import { Button, Card, Descriptions, Drawer, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/LoadMore';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { DocumentsCard } from '../../documents/DocumentsCard';
import { BillForm } from '../components/BillForm';
import { BillLines } from '../components/BillLines';
import {
  billDocumentCategories,
  portalBillPath,
  type SupplierBillSummary,
  usePortalBill,
  usePortalBills,
  useSubmitBill,
} from '../payables-api';

/** One of the supplier's bills: how it matched, what holds it, the remittance, its PDF. */
function PortalBillDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const bill = usePortalBill(id);
  const b = bill.data;
  return (
    <Drawer
      open
      size="large"
      title={b ? `${b.supplierReference} · ${b.number}` : ''}
      onClose={onClose}
    >
      <ProblemAlert error={bill.error} />
      {b && (
        <>
          <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('bill.status')}>
              <Tag>{t(`bill.statuses.${b.status}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('bill.total')}>
              <Money minor={b.totalMinor} currency={b.currency} />
            </Descriptions.Item>
            <Descriptions.Item label={t('bill.dueDate')}>{b.dueDate}</Descriptions.Item>
            {b.decisionReason && (
              <Descriptions.Item label={t('bill.reason')}>{b.decisionReason}</Descriptions.Item>
            )}
            {b.paidOn && (
              <Descriptions.Item label={t('bill.remittance')}>
                {b.paidOn} · {b.paymentReference}
              </Descriptions.Item>
            )}
          </Descriptions>
          <BillLines bill={b} />
          <DocumentsCard
            basePath={portalBillPath(b.id)}
            categories={billDocumentCategories}
            canWrite
          />
        </>
      )}
    </Drawer>
  );
}

/** The supplier portal's bills: submit one with its PDF, follow each to payment. */
export default function SupplierPortalBillsPage() {
  const { t } = useTranslation();
  const bills = usePortalBills();
  const submit = useSubmitBill();
  const [open, setOpen] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const rows = bills.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card
      title={t('nav.portalBills')}
      extra={
        <Button type="primary" onClick={() => setSubmitting(true)}>
          {t('bill.submit')}
        </Button>
      }
    >
      <ProblemAlert error={bills.error} />
      <Table<SupplierBillSummary>
        rowKey="id"
        size="small"
        pagination={false}
        loading={bills.isFetching}
        dataSource={rows}
        onRow={(b) => ({ onClick: () => setOpen(b.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('bill.supplierReference'), dataIndex: 'supplierReference' },
          { title: t('bill.number'), dataIndex: 'number' },
          { title: t('bill.billDate'), dataIndex: 'billDate' },
          {
            title: t('bill.total'),
            dataIndex: 'totalMinor',
            align: 'right',
            render: (v: number, b) => <Money minor={v} currency={b.currency} />,
          },
          {
            title: t('bill.status'),
            key: 'status',
            render: (_, b) => (
              <>
                <Tag>{t(`bill.statuses.${b.status}`)}</Tag>
                {b.held && <Tag color="orange">{t('bill.held')}</Tag>}
              </>
            ),
          },
          { title: t('bill.paidOn'), dataIndex: 'paidOn', render: (v: string | null) => v ?? '—' },
        ]}
      />
      <LoadMore pages={bills} />
      {open && <PortalBillDrawer id={open} onClose={() => setOpen(null)} />}
      {submitting && (
        <BillForm
          title={t('bill.submit')}
          saving={submit.isPending}
          error={submit.error}
          onSave={(body) => submit.mutateAsync(body).then((b) => setOpen(b.id))}
          onClose={() => setSubmitting(false)}
        />
      )}
    </Card>
  );
}
