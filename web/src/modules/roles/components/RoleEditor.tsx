import { Checkbox, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type Role, usePermissions, useSaveRole } from '../api';

/** Picks a custom role's permissions from the full catalogue. */
export function RoleEditor({ role, onClose }: { role: Role | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const permissions = usePermissions();
  const save = useSaveRole();
  return (
    <Modal
      open
      title={role ? t('common.edit') : t('roles.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ name: role?.name ?? '', permissions: role?.permissions ?? [] }}
        onFinish={async (v) => {
          await save.mutateAsync({ ...v, ...(role ? { id: role.id, version: role.version } : {}) });
          onClose();
        }}
      >
        <Form.Item
          name="name"
          label={t('roles.name')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="permissions" label={t('roles.permissions')}>
          <Checkbox.Group
            options={(permissions.data ?? []).map((p) => ({
              value: p,
              label: t(`permission.${p}`),
            }))}
          />
        </Form.Item>
      </Form>
      <ProblemAlert error={save.error} />
    </Modal>
  );
}
