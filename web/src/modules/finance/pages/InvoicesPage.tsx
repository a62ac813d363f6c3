import { App, Button, Card, DatePicker, Form, Modal, Select, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../../components/ExportButton';
import { LoadMore } from '../../../components/LoadMore';
import { Money } from '../../../components/Money';
import { formatMoney } from '../../../components/money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { useContracts } from '../../contracts/api';
import { type InvoiceFilter, type InvoiceSummary, useInvoiceRun, useInvoices } from '../api';
import { InvoiceDrawer, invoiceStatusColor, settlementColor } from '../components/InvoiceDrawer';

/** The contract statuses an invoice run bills. */
const inForce = new Set(['signed', 'active', 'expiring']);

/** Client invoices: drafted by runs from approved time, approved, issued. */
export default function InvoicesPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const canWrite = useHasPermission()('finance:write');
  const [filter, setFilter] = useState<InvoiceFilter>({});
  const [open, setOpen] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [upTo, setUpTo] = useState<Dayjs>(dayjs());
  // One contract's run, or every contract's when none is chosen.
  const [contractId, setContractId] = useState<string | undefined>();
  const contracts = useContracts({ partyType: 'client', limit: 200 });
  const invoices = useInvoices(filter);
  const run = useInvoiceRun();
  const rows = invoices.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card
      title={t('nav.invoices')}
      extra={
        <Space>
          <ExportButton
            path="/api/v1/finance/fapiao/export"
            filter={{ clientId: filter.clientId }}
            label={t('invoice.fapiaoExport')}
          />
          {canWrite && (
            <Button type="primary" onClick={() => setRunning(true)}>
              {t('invoice.run')}
            </Button>
          )}
        </Space>
      }
    >
      <Form layout="inline" style={{ marginBottom: 12 }}>
        <Form.Item>
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={t('invoice.status')}
            aria-label={t('invoice.status')}
            options={(['draft', 'approved', 'issued'] as const).map((s) => ({
              value: s,
              label: t(`invoice.statuses.${s}`),
            }))}
            onChange={(status) => setFilter(status ? { status } : {})}
          />
        </Form.Item>
      </Form>
      <ProblemAlert error={invoices.error} />
      <Table<InvoiceSummary>
        rowKey="id"
        size="small"
        pagination={false}
        loading={invoices.isFetching}
        dataSource={rows}
        onRow={(i) => ({ onClick: () => setOpen(i.id), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('invoice.number'),
            key: 'number',
            width: 160,
            // A number comes at issue only.
            render: (_, i) => i.number ?? '—',
          },
          {
            title: t('invoice.kind'),
            dataIndex: 'kind',
            width: 110,
            render: (k: InvoiceSummary['kind']) => t(`invoice.kinds.${k}`),
          },
          { title: t('invoice.client'), key: 'client', render: (_, i) => i.client.name },
          {
            title: t('invoice.contract'),
            key: 'contract',
            render: (_, i) => `${i.contract.number} ${i.contract.title}`,
          },
          {
            title: t('invoice.status'),
            dataIndex: 'status',
            width: 110,
            render: (s: InvoiceSummary['status']) => (
              <Tag color={invoiceStatusColor[s]}>{t(`invoice.statuses.${s}`)}</Tag>
            ),
          },
          { title: t('invoice.issueDate'), dataIndex: 'issueDate', width: 120 },
          {
            title: t('invoice.settlement'),
            dataIndex: 'settlement',
            width: 120,
            render: (s: InvoiceSummary['settlement']) =>
              s && <Tag color={settlementColor[s]}>{t(`invoice.settlements.${s}`)}</Tag>,
          },
          {
            title: t('financePolicy.total'),
            dataIndex: 'totalMinor',
            align: 'right',
            render: (v: number, i) => <Money minor={v} currency={i.currency} />,
          },
        ]}
      />
      <LoadMore pages={invoices} />
      {running && (
        <Modal
          open
          title={t('invoice.run')}
          okText={t('invoice.runOk')}
          confirmLoading={run.isPending}
          onCancel={() => setRunning(false)}
          onOk={async () => {
            const made = await run.mutateAsync({
              upTo: upTo.format('YYYY-MM-DD'),
              ...(contractId ? { contractId } : {}),
            });
            setRunning(false);
            message.success(t('invoice.drafted', { count: made.invoices.length }));
            for (const c of made.capped) {
              message.warning(
                t('invoice.capHeldBack', {
                  contract: c.contract.number,
                  amount: formatMoney(c.cappedMinor, c.currency, i18n.language),
                }),
              );
            }
          }}
        >
          <p>{t('invoice.runHint')}</p>
          <Space wrap>
            <DatePicker
              value={upTo}
              allowClear={false}
              aria-label={t('invoice.upToLabel')}
              onChange={(d) => d && setUpTo(d)}
            />
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              style={{ minWidth: 280 }}
              value={contractId}
              onChange={setContractId}
              placeholder={t('invoice.allContracts')}
              aria-label={t('invoice.runContract')}
              options={(contracts.data?.items ?? [])
                .filter((c) => inForce.has(c.status))
                .map((c) => ({ value: c.id, label: `${c.number} ${c.title}` }))}
            />
          </Space>
          <ProblemAlert error={run.error} />
        </Modal>
      )}
      {open && <InvoiceDrawer id={open} onOpen={setOpen} onClose={() => setOpen(null)} />}
    </Card>
  );
}
