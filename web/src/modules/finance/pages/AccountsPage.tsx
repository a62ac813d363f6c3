import { Button, Card, Form, Input, Select, Switch, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { type LedgerAccount, useAccounts, useAddAccount, useUpdateAccount } from '../api';

const types = ['asset', 'liability', 'equity', 'revenue', 'expense'] as const;

/**
 * The chart of accounts: the standard one a workspace starts with, and the accounts it adds.
 * Names are edited in place; codes and types are fixed once a journal posts to the account.
 */
export default function AccountsPage() {
  const { t } = useTranslation();
  const editable = useHasPermission()('finance:write');
  const accounts = useAccounts(true);
  const add = useAddAccount();
  const update = useUpdateAccount();
  const [form] = Form.useForm();
  const rename = (a: LedgerAccount, field: 'nameZh' | 'nameEn') =>
    editable
      ? {
          onChange: (value: string) => {
            if (value.trim() && value !== a[field]) {
              update.mutate({ id: a.id, version: a.version, [field]: value.trim() });
            }
          },
        }
      : false;
  return (
    <Card title={t('nav.ledgerAccounts')}>
      {editable && (
        <Form
          form={form}
          layout="inline"
          style={{ marginBottom: 12, rowGap: 8 }}
          onFinish={async (v: {
            code: string;
            nameZh: string;
            nameEn: string;
            type: LedgerAccount['type'];
          }) => {
            await add.mutateAsync(v);
            form.resetFields();
          }}
        >
          <Form.Item name="code" rules={[{ required: true, message: t('form.required') }]}>
            <Input
              placeholder={t('ledger.code')}
              aria-label={t('ledger.code')}
              style={{ width: 110 }}
            />
          </Form.Item>
          <Form.Item name="nameZh" rules={[{ required: true, message: t('form.required') }]}>
            <Input placeholder={t('ledger.nameZh')} aria-label={t('ledger.nameZh')} />
          </Form.Item>
          <Form.Item name="nameEn" rules={[{ required: true, message: t('form.required') }]}>
            <Input placeholder={t('ledger.nameEn')} aria-label={t('ledger.nameEn')} />
          </Form.Item>
          <Form.Item name="type" rules={[{ required: true, message: t('form.required') }]}>
            <Select
              style={{ width: 140 }}
              placeholder={t('ledger.type')}
              aria-label={t('ledger.type')}
              options={types.map((v) => ({ value: v, label: t(`ledger.types.${v}`) }))}
            />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {t('ledger.addAccount')}
          </Button>
        </Form>
      )}
      <ProblemAlert error={accounts.error ?? add.error ?? update.error} />
      <Table<LedgerAccount>
        rowKey="id"
        size="small"
        pagination={false}
        loading={accounts.isFetching}
        dataSource={accounts.data}
        columns={[
          { title: t('ledger.code'), dataIndex: 'code', width: 110 },
          {
            title: t('ledger.nameZh'),
            key: 'nameZh',
            render: (_, a) => (
              <Typography.Text editable={rename(a, 'nameZh')}>{a.nameZh}</Typography.Text>
            ),
          },
          {
            title: t('ledger.nameEn'),
            key: 'nameEn',
            render: (_, a) => (
              <Typography.Text editable={rename(a, 'nameEn')}>{a.nameEn}</Typography.Text>
            ),
          },
          {
            title: t('ledger.type'),
            dataIndex: 'type',
            width: 110,
            render: (v: LedgerAccount['type']) => t(`ledger.types.${v}`),
          },
          {
            title: t('ledger.purpose'),
            dataIndex: 'purpose',
            render: (v: LedgerAccount['purpose']) =>
              v ? <Tag>{t(`ledger.purposes.${v}`)}</Tag> : null,
          },
          {
            title: t('ledger.active'),
            key: 'active',
            width: 90,
            render: (_, a) => (
              <Switch
                size="small"
                checked={a.active}
                disabled={!editable || Boolean(a.purpose)}
                aria-label={t('ledger.active')}
                onChange={(active) => update.mutate({ id: a.id, version: a.version, active })}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
