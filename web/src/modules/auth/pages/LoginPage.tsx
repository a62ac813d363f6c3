import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useSignIn } from '../api';
import { AuthCard } from '../components/AuthCard';
import { CurrentPasswordItem } from '../components/CurrentPasswordItem';

type Values = { email: string; password: string; totp?: string };

/** Email and password; a second step asks for the authenticator code when one is enrolled. */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const signIn = useSignIn();
  const [needsTotp, setNeedsTotp] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      await signIn(values);
      const next = params.get('next');
      navigate(next?.startsWith('/') && !next.startsWith('//') ? next : '/');
    } catch (e) {
      if (e instanceof ApiError && e.code === 'totp_required') setNeedsTotp(true);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('auth.signIn')}>
      <Form layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="email"
          label={t('auth.email')}
          rules={[{ required: true, type: 'email', message: t('form.email') }]}
        >
          <Input autoComplete="username" autoFocus />
        </Form.Item>
        <CurrentPasswordItem />
        {needsTotp && (
          <Form.Item
            name="totp"
            label={t('auth.totpCode')}
            extra={t('auth.totpHint')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input autoComplete="one-time-code" autoFocus />
          </Form.Item>
        )}
        <ProblemAlert error={error} />
        <Button type="primary" htmlType="submit" block loading={busy} style={{ marginTop: 16 }}>
          {t('auth.signIn')}
        </Button>
      </Form>
      <div style={{ marginTop: 16 }}>
        <Link to="/forgot-password">{t('auth.forgot')}</Link>
      </div>
    </AuthCard>
  );
}
