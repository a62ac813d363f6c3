import { Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { type Invoice, useCreditNote } from '../api';

type Values = { reason: string; lineIds: string[] };

/** Drafts a credit note for lines of an issued invoice that no credit note has taken yet. */
export function CreditNoteForm({
  invoice,
  onDrafted,
  onClose,
}: {
  invoice: Invoice;
  onDrafted: (id: string) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm();
  const credit = useCreditNote();
  const open = invoice.lines.filter((l) => !l.creditedBy);
  return (
    <FormDialog
      title={t('invoice.creditTitle', { number: invoice.number })}
      form={form}
      pending={credit.isPending}
      error={credit.error}
      onClose={onClose}
      onFinish={async (v: Values) => {
        const note = await credit.mutateAsync({
          id: invoice.id,
          version: invoice.version,
          reason: v.reason,
          lineIds: v.lineIds,
        });
        onDrafted(note.id);
      }}
    >
      <Form.Item
        name="lineIds"
        label={t('invoice.creditLines')}
        initialValue={open.map((l) => l.id)}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Checkbox.Group
          options={open.map((l) => ({
            value: l.id,
            label: i18n.language === 'zh-CN' ? l.descriptionZh : l.descriptionEn,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('invoice.reason')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormDialog>
  );
}
