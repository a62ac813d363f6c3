import { Alert, Button, Card, Form, Image, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useMe } from '../../auth/api';
import { useTotp } from '../api';

/** Enrol: scan the QR code, confirm one code, keep the recovery codes. */
export function TotpCard() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const totp = useTotp();
  const [codes, setCodes] = useState<string[] | null>(null);
  const enrolment = totp.enrol.data;
  if (!me) return null;
  const error = totp.enrol.error ?? totp.confirm.error ?? totp.disable.error;
  return (
    <Card
      title={t('security.totp')}
      extra={
        me.user.totpEnabled ? (
          <Tag color="green">{t('security.on')}</Tag>
        ) : (
          <Tag>{t('security.off')}</Tag>
        )
      }
      style={{ maxWidth: 560 }}
    >
      <ProblemAlert error={error} />
      {codes && (
        <Alert
          type="warning"
          showIcon
          title={t('security.recoveryCodes')}
          description={
            <Typography.Paragraph copyable={{ text: codes.join('\n') }} code>
              {codes.join('  ')}
            </Typography.Paragraph>
          }
        />
      )}
      {me.user.totpEnabled ? (
        <Form
          layout="inline"
          onFinish={(v) => totp.disable.mutate(v.password)}
          style={{ marginTop: 12 }}
        >
          <Form.Item name="password" rules={[{ required: true, message: t('form.required') }]}>
            <Input.Password placeholder={t('auth.password')} />
          </Form.Item>
          <Button danger htmlType="submit" loading={totp.disable.isPending}>
            {t('security.disableTotp')}
          </Button>
        </Form>
      ) : enrolment ? (
        <Space direction="vertical">
          <Typography.Text>{t('security.scan')}</Typography.Text>
          <Image src={enrolment.qrDataUrl} width={180} preview={false} alt="TOTP QR" />
          <Typography.Text code copyable>
            {enrolment.secret}
          </Typography.Text>
          <Form
            layout="inline"
            onFinish={async (v) => setCodes((await totp.confirm.mutateAsync(v.code)).recoveryCodes)}
          >
            <Form.Item
              name="code"
              rules={[{ required: true, pattern: /^\d{6}$/, message: t('security.sixDigits') }]}
            >
              <Input placeholder="123456" maxLength={6} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={totp.confirm.isPending}>
              {t('security.confirm')}
            </Button>
          </Form>
        </Space>
      ) : (
        <Button onClick={() => totp.enrol.mutate()} loading={totp.enrol.isPending}>
          {t('security.enableTotp')}
        </Button>
      )}
    </Card>
  );
}
