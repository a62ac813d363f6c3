import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../../api/client';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { Locale } from '../../../i18n';
import { useSignIn } from '../api';
import { AuthCard } from '../components/AuthCard';
import { CurrentPasswordItem } from '../components/CurrentPasswordItem';
import { NewPasswordItem } from '../components/NewPasswordItem';

/** New invitees choose a name and password; existing users confirm with theirs. */
export default function AcceptInvitationPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const token = params.get('token') ?? '';
  const [error, setError] = useState<unknown>(null);
  const lookup = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => unwrap(api.GET('/api/v1/invitations/lookup', { params: { query: { token } } })),
  });

  const submit = async (values: { name?: string; password: string }) => {
    try {
      const { email } = await unwrap(
        api.POST('/api/v1/invitations/accept', {
          body: {
            token,
            ...values,
            locale: i18n.language as Locale,
            timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          },
        }),
      );
      await signIn({ email, password: values.password });
      navigate('/');
    } catch (e) {
      setError(e);
    }
  };

  if (lookup.isPending) return <Spin fullscreen />;
  return (
    <AuthCard title={t('invite.accept')}>
      {lookup.error || !lookup.data ? (
        <ProblemAlert error={lookup.error} />
      ) : (
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Typography.Paragraph>
            {t('invite.intro', { workspace: lookup.data.workspaceName, email: lookup.data.email })}
          </Typography.Paragraph>
          {lookup.data.hasAccount ? (
            <CurrentPasswordItem />
          ) : (
            <>
              <Form.Item
                name="name"
                label={t('profile.name')}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <Input autoComplete="name" />
              </Form.Item>
              <NewPasswordItem name="password" label={t('auth.password')} />
            </>
          )}
          <ProblemAlert error={error} />
          <Button type="primary" htmlType="submit" block style={{ marginTop: 16 }}>
            {t('invite.join')}
          </Button>
        </Form>
      )}
    </AuthCard>
  );
}
