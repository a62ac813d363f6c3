import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** The server asks at least 10 characters of a new password; say so before it has to. */
export function NewPasswordItem({ name, label }: { name: string; label?: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label ?? t('auth.newPassword')}
      rules={[{ required: true, min: 10, message: t('form.passwordLength') }]}
    >
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  );
}
