import { Alert, Button, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../../api/client';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { AuthCard } from '../components/AuthCard';
import { NewPasswordItem } from '../components/NewPasswordItem';

export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async ({ password }: { password: string }) => {
    try {
      await unwrap(
        api.POST('/api/v1/auth/password-reset/confirm', {
          body: { token: params.get('token') ?? '', password },
        }),
      );
      setDone(true);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <AuthCard title={t('auth.chooseNewPassword')}>
      {done ? (
        <Alert type="success" showIcon title={t('auth.passwordReset')} />
      ) : (
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <NewPasswordItem name="password" />
          <ProblemAlert error={error} />
          <Button type="primary" htmlType="submit" block style={{ marginTop: 16 }}>
            {t('common.save')}
          </Button>
        </Form>
      )}
      <div style={{ marginTop: 16 }}>
        <Link to="/login">{t('auth.backToSignIn')}</Link>
      </div>
    </AuthCard>
  );
}
