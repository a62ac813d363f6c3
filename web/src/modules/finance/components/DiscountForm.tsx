import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { fractionDigits, toMinor } from '../../../components/money';
import { type Invoice, useAddDiscount } from '../api';

type Values = { description: string; amount: number; reason: string };

/** A discount on a draft invoice: its own line, with the reason kept beside it. */
export function DiscountForm({ invoice, onClose }: { invoice: Invoice; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const add = useAddDiscount();
  return (
    <FormDialog
      title={t('invoice.discountTitle')}
      form={form}
      pending={add.isPending}
      error={add.error}
      onClose={onClose}
      onFinish={(v: Values) =>
        add.mutateAsync({
          id: invoice.id,
          version: invoice.version,
          description: v.description,
          amountMinor: toMinor(v.amount, invoice.currency),
          reason: v.reason,
        })
      }
    >
      <Form.Item
        name="description"
        label={t('invoice.discountDescription')}
        initialValue={t('invoice.discount')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        name="amount"
        label={t('invoice.discountAmount', { currency: invoice.currency })}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <InputNumber
          min={0.01}
          precision={fractionDigits(invoice.currency)}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('invoice.discountReason')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Input.TextArea maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}
