import { App, Button, Card, Form, Input, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { setLocale } from '../../../i18n';
import { useMe } from '../../auth/api';
import { useUpdateProfile } from '../api';

export default function ProfilePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const update = useUpdateProfile();
  const zones = useMemo(
    () => ['UTC', ...Intl.supportedValuesOf('timeZone')].map((z) => ({ value: z, label: z })),
    [],
  );
  if (!me) return null;
  return (
    <Card title={t('nav.profile')} style={{ maxWidth: 560 }}>
      <Form
        layout="vertical"
        initialValues={{
          name: me.user.name,
          email: me.user.email,
          locale: me.user.locale,
          timeZone: me.user.timeZone,
        }}
        onFinish={async (v) => {
          await update.mutateAsync({
            name: v.name,
            locale: v.locale,
            timeZone: v.timeZone,
            version: me.user.version,
          });
          setLocale(v.locale);
          message.success(t('common.saved'));
        }}
      >
        <Form.Item name="email" label={t('auth.email')}>
          <Input disabled />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('profile.name')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="locale" label={t('profile.language')}>
          <Select
            options={[
              { value: 'zh-CN', label: '简体中文' },
              { value: 'en-US', label: 'English' },
            ]}
          />
        </Form.Item>
        <Form.Item name="timeZone" label={t('profile.timeZone')}>
          <Select showSearch options={zones} />
        </Form.Item>
        <ProblemAlert error={update.error} />
        <Button
          type="primary"
          htmlType="submit"
          loading={update.isPending}
          style={{ marginTop: 16 }}
        >
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
