import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { orNull } from '../../../components/form-values';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type Contact, useSaveContact } from '../api';

const relationships = ['decision_maker', 'sponsor', 'technical', 'billing', 'other'] as const;

export function ContactForm({
  clientId,
  contact,
  onClose,
}: {
  clientId: string;
  contact: Contact | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useSaveContact(clientId);
  return (
    <Modal
      open
      title={contact ? contact.name : t('contact.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ relationship: 'other', ...contact }}
        onFinish={async (v) => {
          const body = {
            name: v.name,
            title: orNull(v.title),
            email: orNull(v.email),
            phone: orNull(v.phone),
            language: v.language ?? null,
            timeZone: orNull(v.timeZone),
            relationship: v.relationship,
          };
          await save.mutateAsync({
            body,
            ...(contact ? { contactId: contact.id, version: contact.version } : {}),
          });
          onClose();
        }}
      >
        <Form.Item
          name="name"
          label={t('contact.name')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="title" label={t('contact.title')}>
          <Input />
        </Form.Item>
        <Form.Item name="relationship" label={t('contact.relationshipLabel')}>
          <Select
            showSearch
            optionFilterProp="label"
            options={relationships.map((r) => ({
              value: r,
              label: t(`contact.relationship.${r}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('auth.email')}
          rules={[{ type: 'email', message: t('form.email') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('contact.phone')}>
          <Input />
        </Form.Item>
        <Form.Item name="language" label={t('profile.language')}>
          <Select
            allowClear
            options={[
              { value: 'zh-CN', label: '简体中文' },
              { value: 'en-US', label: 'English' },
            ]}
          />
        </Form.Item>
        <Form.Item name="timeZone" label={t('profile.timeZone')}>
          <Input placeholder="Asia/Shanghai" />
        </Form.Item>
      </Form>
      <ProblemAlert error={save.error} />
    </Modal>
  );
}
