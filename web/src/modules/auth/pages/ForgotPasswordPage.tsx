import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../../api/client';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { AuthCard } from '../components/AuthCard';

export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async ({ email }: { email: string }) => {
    try {
      await unwrap(api.POST('/api/v1/auth/password-reset/request', { body: { email } }));
      setSent(true);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <AuthCard title={t('auth.forgot')}>
      {sent ? (
        <Alert type="success" showIcon title={t('auth.resetSent')} />
      ) : (
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            name="email"
            label={t('auth.email')}
            rules={[{ required: true, type: 'email', message: t('form.email') }]}
          >
            <Input autoFocus />
          </Form.Item>
          <ProblemAlert error={error} />
          <Button type="primary" htmlType="submit" block style={{ marginTop: 16 }}>
            {t('auth.sendReset')}
          </Button>
        </Form>
      )}
      <div style={{ marginTop: 16 }}>
        <Link to="/login">{t('auth.backToSignIn')}</Link>
      </div>
    </AuthCard>
  );
}
