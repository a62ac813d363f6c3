import { Button, DatePicker, Descriptions, Drawer, Form, Input, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { type PaymentRun, useMoveRun, usePaymentRun } from '../payables-api';

type Payee = PaymentRun['payees'][number];

/**
 * One payment run: a transfer per supplier and currency with the bank details to pay into
 * (for holders of suppliers:bank), approved by a second person, then marked paid with the
 * bank's reference.
 */
export function PaymentRunDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const run = usePaymentRun(id);
  const move = useMoveRun();
  const can = useHasPermission();
  const [paying, setPaying] = useState(false);
  const r = run.data;
  const step = (s: 'approve' | 'discard') =>
    r && move.mutateAsync({ id: r.id, step: s, version: r.version });
  return (
    <Drawer
      open
      size="large"
      title={r ? `${r.number}` : ''}
      onClose={onClose}
      extra={
        r && (
          <Space>
            {r.status === 'draft' && can('finance:approve') && (
              <Button type="primary" onClick={() => step('approve')}>
                {t('paymentRun.approve')}
              </Button>
            )}
            {r.status === 'draft' && can('finance:write') && (
              <Button danger onClick={() => step('discard')}>
                {t('paymentRun.discard')}
              </Button>
            )}
            {r.status === 'approved' && can('finance:write') && (
              <Button type="primary" onClick={() => setPaying(true)}>
                {t('paymentRun.markPaid')}
              </Button>
            )}
          </Space>
        )
      }
    >
      <ProblemAlert error={run.error ?? move.error} />
      {r && (
        <>
          <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('bill.status')}>
              <Tag>{t(`paymentRun.statuses.${r.status}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('paymentRun.dueBy')}>{r.dueBy}</Descriptions.Item>
            {r.paidOn && (
              <Descriptions.Item label={t('paymentRun.paidOn')}>{r.paidOn}</Descriptions.Item>
            )}
            {r.bankReference && (
              <Descriptions.Item label={t('paymentRun.bankReference')}>
                {r.bankReference}
              </Descriptions.Item>
            )}
          </Descriptions>
          {paying && (
            <Form<{ paidOn: Dayjs; bankReference: string }>
              layout="inline"
              style={{ marginBottom: 16 }}
              initialValues={{ paidOn: dayjs() }}
              onFinish={async (v) => {
                await move.mutateAsync({
                  id: r.id,
                  step: 'pay',
                  version: r.version,
                  paid: { paidOn: v.paidOn.format('YYYY-MM-DD'), bankReference: v.bankReference },
                });
                setPaying(false);
              }}
            >
              <Form.Item name="paidOn" label={t('paymentRun.paidOn')} rules={[{ required: true }]}>
                <DatePicker allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
              </Form.Item>
              <Form.Item
                name="bankReference"
                label={t('paymentRun.bankReference')}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <Input />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={move.isPending}>
                {t('paymentRun.markPaid')}
              </Button>
            </Form>
          )}
          <Table<Payee>
            rowKey={(p) => `${p.supplier?.id ?? p.person?.id}-${p.currency}`}
            size="small"
            pagination={false}
            dataSource={r.payees}
            expandable={{
              expandedRowRender: (p) => (
                <Table
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={[
                    ...p.bills,
                    ...p.claims.map((c) => ({ ...c, supplierReference: c.title, dueDate: '—' })),
                  ]}
                  columns={[
                    { title: t('paymentRun.document'), dataIndex: 'number' },
                    { title: t('paymentRun.reference'), dataIndex: 'supplierReference' },
                    { title: t('bill.dueDate'), dataIndex: 'dueDate' },
                    {
                      title: t('bill.total'),
                      dataIndex: 'totalMinor',
                      align: 'right',
                      render: (v: number) => <Money minor={v} currency={p.currency} />,
                    },
                  ]}
                />
              ),
            }}
            columns={[
              {
                title: t('paymentRun.payee'),
                key: 'payee',
                render: (_, p) => p.supplier?.name ?? p.person?.name,
              },
              {
                title: t('paymentRun.bank'),
                key: 'bank',
                render: (_, p) =>
                  p.bank
                    ? [p.bank.name, p.bank.account, p.bank.swift].filter(Boolean).join(' · ')
                    : p.person
                      ? t('paymentRun.employeeAccount')
                      : t('paymentRun.bankHidden'),
              },
              {
                title: t('bill.total'),
                dataIndex: 'totalMinor',
                align: 'right',
                render: (v: number, p) => <Money minor={v} currency={p.currency} />,
              },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
