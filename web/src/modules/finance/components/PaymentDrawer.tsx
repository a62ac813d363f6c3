import { Button, Descriptions, Drawer, Form, InputNumber, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { Money } from '../../../components/Money';
import { fractionDigits, fromMinor, toMinor } from '../../../components/money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission, useMe } from '../../auth/api';
import { type Payment, useAllocatePayment, useInvoices, usePayment } from '../api';

type Allocation = Payment['allocations'][number];

/**
 * One payment received: what it went to, the exchange difference each allocation realised,
 * and, while some is left (the client's credit balance), applying it to an open invoice.
 */
export function PaymentDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const payment = usePayment(id);
  const allocate = useAllocatePayment();
  const canWrite = useHasPermission()('finance:write');
  const baseCurrency = useMe().data?.workspace?.baseCurrency ?? 'CNY';
  const p = payment.data;
  const open = useInvoices({ clientId: p?.client.id, status: 'issued' });
  const [form] = Form.useForm<{ invoiceId: string; amount: number }>();
  const [applying, setApplying] = useState(false);
  const owing = (open.data?.pages.flatMap((pg) => pg.items) ?? []).filter(
    (i) => i.kind === 'invoice' && i.currency === p?.currency && (i.balanceMinor ?? 0) > 0,
  );
  const money = (minor: number) => <Money minor={minor} currency={p?.currency ?? 'CNY'} />;
  const base = (minor: number) => <Money minor={minor} currency={baseCurrency} />;
  return (
    <Drawer open width={760} title={p ? `${p.number} · ${p.client.name}` : ''} onClose={onClose}>
      <ProblemAlert error={payment.error ?? allocate.error} />
      {p && (
        <>
          <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('payment.receivedOn')}>{p.receivedOn}</Descriptions.Item>
            <Descriptions.Item label={t('payment.amountLabel')}>
              {money(p.amountMinor)}
            </Descriptions.Item>
            <Descriptions.Item label={t('invoice.inBase')}>
              {base(p.baseAmountMinor)} ({t('invoice.atRate', { rate: p.fxRate })})
            </Descriptions.Item>
            <Descriptions.Item label={t('payment.unallocated')}>
              {money(p.unallocatedMinor)}
            </Descriptions.Item>
            <Descriptions.Item label={t('payment.reference')}>
              {p.reference ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('payment.payer')}>{p.payer ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('invoice.created')}>
              <DateTime value={p.createdAt} />
            </Descriptions.Item>
          </Descriptions>
          <Table<Allocation>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={p.allocations}
            locale={{ emptyText: t('payment.noAllocations') }}
            columns={[
              { title: t('invoice.number'), key: 'invoice', render: (_, a) => a.invoice.number },
              { title: t('payment.allocatedOn'), dataIndex: 'allocatedOn' },
              {
                title: t('payment.amountLabel'),
                dataIndex: 'amountMinor',
                align: 'right',
                render: money,
              },
              {
                title: t('payment.receivable'),
                dataIndex: 'baseMinor',
                align: 'right',
                render: base,
              },
              {
                title: t('payment.fxDifference'),
                dataIndex: 'fxDifferenceMinor',
                align: 'right',
                render: base,
              },
            ]}
          />
          {canWrite && p.unallocatedMinor > 0 && !applying && (
            <Button style={{ marginTop: 12 }} onClick={() => setApplying(true)}>
              {t('payment.apply')}
            </Button>
          )}
          {applying && (
            <Form
              form={form}
              layout="inline"
              style={{ marginTop: 12 }}
              onFinish={async (v) => {
                await allocate.mutateAsync({
                  id: p.id,
                  version: p.version,
                  allocations: [
                    { invoiceId: v.invoiceId, amountMinor: toMinor(v.amount, p.currency) },
                  ],
                });
                setApplying(false);
              }}
            >
              <Form.Item name="invoiceId" rules={[{ required: true, message: t('form.required') }]}>
                <Select
                  style={{ width: 260 }}
                  aria-label={t('invoice.number')}
                  placeholder={t('payment.chooseInvoice')}
                  options={owing.map((i) => ({
                    value: i.id,
                    label: `${i.number} · ${new Intl.NumberFormat(i18n.language, {
                      minimumFractionDigits: fractionDigits(i.currency),
                    }).format(fromMinor(i.balanceMinor ?? 0, i.currency))}`,
                  }))}
                  onChange={(invoiceId: string) => {
                    const owed = owing.find((i) => i.id === invoiceId)?.balanceMinor ?? 0;
                    form.setFieldValue(
                      'amount',
                      fromMinor(Math.min(owed, p.unallocatedMinor), p.currency),
                    );
                  }}
                />
              </Form.Item>
              <Form.Item name="amount" rules={[{ required: true, message: t('form.required') }]}>
                <InputNumber
                  aria-label={t('payment.amountLabel')}
                  min={0.01}
                  precision={fractionDigits(p.currency)}
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={allocate.isPending}>
                {t('payment.applyOk')}
              </Button>
            </Form>
          )}
        </>
      )}
    </Drawer>
  );
}
