import { DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { fractionDigits, fromMinor, toMinor } from '../../../components/money';
import { type Invoice, useRecordPayment } from '../api';

type Values = { amount: number; receivedOn: Dayjs; reference?: string; payer?: string };

/**
 * Records money received for an issued invoice, in its currency: up to what is owed goes to
 * the invoice, anything more is the client's credit balance.
 */
export function PaymentForm({ invoice, onClose }: { invoice: Invoice; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const record = useRecordPayment();
  const owed = invoice.balanceMinor ?? 0;
  return (
    <FormDialog
      title={t('payment.recordFor', { number: invoice.number })}
      form={form}
      pending={record.isPending}
      error={record.error}
      onClose={onClose}
      onFinish={(v: Values) => {
        const amountMinor = toMinor(v.amount, invoice.currency);
        return record.mutateAsync({
          clientId: invoice.client.id,
          currency: invoice.currency,
          receivedOn: v.receivedOn.format('YYYY-MM-DD'),
          amountMinor,
          ...(v.reference ? { reference: v.reference } : {}),
          ...(v.payer ? { payer: v.payer } : {}),
          allocations: [{ invoiceId: invoice.id, amountMinor: Math.min(amountMinor, owed) }],
        });
      }}
    >
      <Form.Item
        name="amount"
        label={t('payment.amount', { currency: invoice.currency })}
        initialValue={fromMinor(owed, invoice.currency)}
        extra={t('payment.amountHint')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <InputNumber
          min={0.01}
          precision={fractionDigits(invoice.currency)}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item
        name="receivedOn"
        label={t('payment.receivedOn')}
        initialValue={dayjs()}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <DatePicker allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="reference" label={t('payment.reference')}>
        <Input />
      </Form.Item>
      <Form.Item name="payer" label={t('payment.payer')}>
        <Input />
      </Form.Item>
    </FormDialog>
  );
}
