import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { orNull } from '../../../components/form-values';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useContacts } from '../api';
import { useSaveInteraction } from '../interactions-api';

const kinds = ['meeting', 'call', 'mail', 'visit'] as const;

/** Logs a meeting, call, mail or visit with the client's contacts who took part. */
export function InteractionForm({ clientId, onClose }: { clientId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const contacts = useContacts(clientId);
  const save = useSaveInteraction();
  return (
    <Modal
      open
      title={t('interaction.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'meeting', occurredAt: dayjs(), contactIds: [] }}
        onFinish={async (v) => {
          const body = {
            kind: v.kind,
            occurredAt: v.occurredAt.toISOString(),
            subject: v.subject,
            notes: orNull(v.notes),
            contactIds: v.contactIds ?? [],
            nextStep: orNull(v.nextStep),
            nextStepDue: v.nextStepDue ? v.nextStepDue.format('YYYY-MM-DD') : null,
          };
          await save.mutateAsync({ clientId, body });
          onClose();
        }}
      >
        <Form.Item name="kind" label={t('interaction.kindLabel')}>
          <Select
            showSearch
            optionFilterProp="label"
            options={kinds.map((k) => ({ value: k, label: t(`interaction.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="occurredAt"
          label={t('interaction.when')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DatePicker showTime />
        </Form.Item>
        <Form.Item
          name="subject"
          label={t('interaction.subject')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="contactIds" label={t('interaction.participants')}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={(contacts.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
        <Form.Item name="notes" label={t('interaction.notes')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="nextStep" label={t('interaction.nextStep')}>
          <Input />
        </Form.Item>
        <Form.Item name="nextStepDue" label={t('interaction.nextStepDue')}>
          <DatePicker />
        </Form.Item>
      </Form>
      <ProblemAlert error={save.error} />
    </Modal>
  );
}
