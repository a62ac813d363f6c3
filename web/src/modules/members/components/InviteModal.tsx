import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useInvite } from '../api';

export function InviteModal({
  roleOptions,
  onClose,
}: {
  roleOptions: { value: string; label: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const invite = useInvite();
  return (
    <Modal
      open
      title={t('members.invite')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={invite.isPending}
      okText={t('members.sendInvite')}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          await invite.mutateAsync(v);
          message.success(t('members.invited', { email: v.email }));
          onClose();
        }}
      >
        <Form.Item
          name="email"
          label={t('auth.email')}
          rules={[{ required: true, type: 'email', message: t('form.email') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="roleId"
          label={t('members.role')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select showSearch optionFilterProp="label" options={roleOptions} />
        </Form.Item>
      </Form>
      <ProblemAlert error={invite.error} />
    </Modal>
  );
}
