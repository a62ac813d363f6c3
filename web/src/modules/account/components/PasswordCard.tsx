import { App, Button, Card, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { CurrentPasswordItem } from '../../auth/components/CurrentPasswordItem';
import { NewPasswordItem } from '../../auth/components/NewPasswordItem';
import { useChangePassword } from '../api';

export function PasswordCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const change = useChangePassword();
  return (
    <Card title={t('security.password')} style={{ maxWidth: 560 }}>
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          await change.mutateAsync(v);
          form.resetFields();
          message.success(t('security.passwordChanged'));
        }}
      >
        <CurrentPasswordItem name="currentPassword" label={t('security.currentPassword')} />
        <NewPasswordItem name="newPassword" />
        <ProblemAlert error={change.error} />
        <Button htmlType="submit" loading={change.isPending} style={{ marginTop: 16 }}>
          {t('security.changePassword')}
        </Button>
      </Form>
    </Card>
  );
}
