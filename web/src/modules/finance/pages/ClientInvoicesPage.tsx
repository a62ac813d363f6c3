import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type PortalInvoice, usePortalInvoices } from '../api';

/** The client portal's invoices and credit notes: what the client owes and when, as PDF. */
export default function ClientInvoicesPage() {
  const { t } = useTranslation();
  const invoices = usePortalInvoices();
  return (
    <Card title={t('clientInvoices.title')}>
      <Typography.Paragraph type="secondary">{t('clientInvoices.hint')}</Typography.Paragraph>
      <ProblemAlert error={invoices.error} />
      <Table<PortalInvoice>
        rowKey="id"
        size="small"
        loading={invoices.isFetching}
        pagination={false}
        dataSource={invoices.data}
        columns={[
          { title: t('invoice.number'), dataIndex: 'number' },
          {
            title: t('invoice.kind'),
            dataIndex: 'kind',
            render: (k: PortalInvoice['kind']) =>
              k === 'credit_note' ? (
                <Tag color="red">{t('invoice.kinds.credit_note')}</Tag>
              ) : (
                t('invoice.kinds.invoice')
              ),
          },
          {
            title: t('invoice.contract'),
            key: 'contract',
            render: (_, i) => `${i.contract.number} ${i.contract.title}`,
          },
          { title: t('invoice.issueDate'), dataIndex: 'issueDate' },
          { title: t('invoice.dueDate'), dataIndex: 'dueDate' },
          {
            title: t('financePolicy.total'),
            dataIndex: 'totalMinor',
            align: 'right',
            render: (v: number, i) => <Money minor={v} currency={i.currency} />,
          },
          {
            key: 'pdf',
            render: (_, i) => (
              <Button
                size="small"
                icon={<DownloadOutlined />}
                href={`/api/v1/client-portal/invoices/${i.id}/pdf`}
                download
              >
                {t('clientInvoices.download')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
