import { Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Money } from '../../../components/Money';
import { fractionDigits, fromMinor, toMinor } from '../../../components/money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { type FapiaoData, type Invoice, useFapiaoData, useRecordFapiao } from '../api';

type Line = FapiaoData['lines'][number];
type Recorded = FapiaoData['fapiao'][number];
type RecordForm = {
  number: string;
  code?: string;
  issuedOn: Dayjs;
  total: number;
  tax: number;
};

/**
 * What the tax platform needs to issue an invoice's fapiao (item names with their tax
 * classification, unit prices, 价税合计 in capitals), and the fapiao numbers it gave.
 */
export function FapiaoCard({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  const data = useFapiaoData(invoice.id, invoice.status === 'issued');
  const record = useRecordFapiao();
  const canWrite = useHasPermission()('finance:write');
  const [recording, setRecording] = useState(false);
  const [form] = Form.useForm<RecordForm>();
  const f = data.data;
  const money = (minor: number) => <Money minor={minor} currency={invoice.currency} />;
  // Amounts are typed in major units and sent as minor ones.
  const digits = fractionDigits(invoice.currency);
  return (
    <Card size="small" title={t('fapiao.title')} style={{ marginTop: 16 }}>
      <ProblemAlert error={data.error ?? record.error} />
      {f && (
        <>
          <Descriptions size="small" column={2}>
            <Descriptions.Item label={t('fapiao.buyer')}>{f.buyer.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('fapiao.taxId')}>{f.buyer.taxId ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('fapiao.capitals')} span={2}>
              {f.capitals}
            </Descriptions.Item>
          </Descriptions>
          <Table<Line>
            rowKey={(l) => `${l.itemName}-${l.unitPrice}-${l.taxRate}`}
            size="small"
            pagination={false}
            dataSource={f.lines}
            columns={[
              { title: t('fapiao.itemName'), dataIndex: 'itemName' },
              { title: t('fapiao.unit'), dataIndex: 'unit', width: 60 },
              { title: t('fapiao.quantity'), dataIndex: 'quantity', width: 80 },
              { title: t('fapiao.unitPrice'), dataIndex: 'unitPrice', align: 'right' },
              { title: t('fapiao.amount'), dataIndex: 'netMinor', align: 'right', render: money },
              { title: t('fapiao.tax'), dataIndex: 'taxMinor', align: 'right', render: money },
            ]}
          />
          <Table<Recorded>
            style={{ marginTop: 12 }}
            rowKey="id"
            size="small"
            pagination={false}
            title={() => t('fapiao.recorded')}
            locale={{ emptyText: t('fapiao.none') }}
            dataSource={f.fapiao}
            columns={[
              { title: t('fapiao.number'), dataIndex: 'number' },
              { title: t('fapiao.code'), dataIndex: 'code', render: (c) => c ?? '—' },
              { title: t('fapiao.issuedOn'), dataIndex: 'issuedOn' },
              { title: t('fapiao.total'), dataIndex: 'totalMinor', align: 'right', render: money },
              {
                title: t('fapiao.covers'),
                key: 'covers',
                render: (_, r) => r.invoices.map((i) => i.number).join(', '),
              },
            ]}
          />
          {canWrite && !recording && (
            <Button style={{ marginTop: 12 }} onClick={() => setRecording(true)}>
              {t('fapiao.record')}
            </Button>
          )}
          {recording && (
            <Form<RecordForm>
              form={form}
              layout="vertical"
              style={{ marginTop: 12, maxWidth: 480 }}
              initialValues={{
                issuedOn: dayjs(),
                total: fromMinor(f.totalMinor, invoice.currency),
                tax: fromMinor(f.taxMinor, invoice.currency),
              }}
              onFinish={async (v) => {
                await record.mutateAsync({
                  number: v.number,
                  ...(v.code ? { code: v.code } : {}),
                  issuedOn: v.issuedOn.format('YYYY-MM-DD'),
                  totalMinor: toMinor(v.total, invoice.currency),
                  taxMinor: toMinor(v.tax, invoice.currency),
                  invoiceIds: [invoice.id],
                });
                setRecording(false);
                form.resetFields();
              }}
            >
              <Form.Item
                name="number"
                label={t('fapiao.number')}
                extra={t('fapiao.numberHint')}
                rules={[
                  {
                    required: true,
                    pattern: /^(\d{8}|\d{20})$/,
                    message: t('fapiao.numberFormat'),
                  },
                ]}
              >
                <Input />
              </Form.Item>
              <Form.Item name="code" label={t('fapiao.code')}>
                <Input />
              </Form.Item>
              <Form.Item name="issuedOn" label={t('fapiao.issuedOn')} rules={[{ required: true }]}>
                <DatePicker allowClear={false} />
              </Form.Item>
              <Form.Item name="total" label={t('fapiao.total')} rules={[{ required: true }]}>
                <InputNumber precision={digits} style={{ width: 200 }} />
              </Form.Item>
              <Form.Item name="tax" label={t('fapiao.tax')} rules={[{ required: true }]}>
                <InputNumber precision={digits} style={{ width: 200 }} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={record.isPending}>
                {t('common.save')}
              </Button>{' '}
              <Button onClick={() => setRecording(false)}>{t('common.cancel')}</Button>
            </Form>
          )}
        </>
      )}
    </Card>
  );
}
