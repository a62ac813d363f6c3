import { Alert, Button, Card, Form, Input, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useApiTokens, useCreateApiToken, useRevokeApiToken } from '../api';

/** A new token is shown once, right after it is made. */
export function ApiTokensCard() {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const tokens = useApiTokens();
  const create = useCreateApiToken();
  const revoke = useRevokeApiToken();
  return (
    <Card title={t('security.apiTokens')}>
      <Form
        form={form}
        layout="inline"
        onFinish={async (v) => {
          await create.mutateAsync(v.name);
          form.resetFields();
        }}
      >
        <Form.Item name="name" rules={[{ required: true, message: t('form.required') }]}>
          <Input placeholder={t('security.tokenName')} />
        </Form.Item>
        <Button htmlType="submit" loading={create.isPending}>
          {t('security.createToken')}
        </Button>
      </Form>
      <ProblemAlert error={create.error} />
      {create.data && (
        <Alert
          style={{ marginTop: 12 }}
          type="success"
          showIcon
          title={t('security.tokenOnce')}
          description={
            <Typography.Text code copyable>
              {create.data.token}
            </Typography.Text>
          }
        />
      )}
      <Table
        style={{ marginTop: 12 }}
        rowKey="id"
        size="small"
        pagination={false}
        loading={tokens.isPending}
        dataSource={tokens.data}
        columns={[
          { title: t('security.tokenName'), dataIndex: 'name' },
          {
            title: t('security.prefix'),
            dataIndex: 'prefix',
            render: (v: string) => <Typography.Text code>{v}…</Typography.Text>,
          },
          {
            title: t('common.createdAt'),
            dataIndex: 'createdAt',
            render: (v: string) => <DateTime value={v} />,
          },
          {
            title: t('security.lastUsed'),
            dataIndex: 'lastUsedAt',
            render: (v: string | null) => <DateTime value={v} />,
          },
          {
            key: 'actions',
            render: (_, r) =>
              r.revokedAt ? (
                <Tag>{t('security.revoked')}</Tag>
              ) : (
                <Button size="small" danger onClick={() => revoke.mutate(r.id)}>
                  {t('security.revoke')}
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}
