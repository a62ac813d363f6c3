import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** A password the user already has: required, and offered by the browser's password manager. */
export function CurrentPasswordItem({
  name = 'password',
  label,
}: {
  name?: string;
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label ?? t('auth.password')}
      rules={[{ required: true, message: t('form.required') }]}
    >
      <Input.Password autoComplete="current-password" />
    </Form.Item>
  );
}
