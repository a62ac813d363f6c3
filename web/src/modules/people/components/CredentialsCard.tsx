import { Button, Card, DatePicker, Form, Input, Select, Table, Tag } from 'antd';
import type dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { deleteColumn } from '../../../components/DeleteButton';
import { orNull } from '../../../components/form-values';
import { ProblemAlert } from '../../../components/ProblemAlert';
import {
  type Credential,
  credentialKinds,
  useChangeCredentials,
  useCredentials,
} from '../availability-api';

const stateColor = { valid: 'green', expiring: 'gold', expired: 'red' } as const;

/** Certifications, and the NDA, DPA and background check a supplier worker's access needs. */
export function CredentialsCard({ personId, canWrite }: { personId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const credentials = useCredentials(personId);
  const { add, remove } = useChangeCredentials(personId);
  const [form] = Form.useForm();
  const day = (d?: dayjs.Dayjs) => (d ? d.format('YYYY-MM-DD') : null);
  return (
    <Card title={t('credential.title')} size="small">
      {canWrite && (
        <Form
          form={form}
          layout="inline"
          style={{ marginBottom: 12, rowGap: 8 }}
          initialValues={{ kind: 'certification' }}
          onFinish={async (v) => {
            await add.mutateAsync({
              kind: v.kind,
              name: v.name,
              issuer: orNull(v.issuer),
              issuedOn: day(v.issuedOn),
              expiresOn: day(v.expiresOn),
            });
            form.resetFields();
          }}
        >
          <Form.Item name="kind">
            <Select
              showSearch
              optionFilterProp="label"
              aria-label={t('credential.kindLabel')}
              style={{ width: 170 }}
              options={credentialKinds.map((k) => ({ value: k, label: t(`credential.kind.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="name" rules={[{ required: true, message: t('form.required') }]}>
            <Input placeholder={t('credential.name')} aria-label={t('credential.name')} />
          </Form.Item>
          <Form.Item name="issuer">
            <Input placeholder={t('credential.issuer')} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="issuedOn">
            <DatePicker
              placeholder={t('credential.issuedOn')}
              aria-label={t('credential.issuedOn')}
            />
          </Form.Item>
          <Form.Item name="expiresOn">
            <DatePicker
              placeholder={t('credential.expiresOn')}
              aria-label={t('credential.expiresOn')}
            />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {t('credential.add')}
          </Button>
        </Form>
      )}
      <ProblemAlert error={credentials.error ?? add.error ?? remove.error} />
      <Table<Credential>
        rowKey="id"
        size="small"
        pagination={false}
        loading={credentials.isFetching}
        dataSource={credentials.data}
        columns={[
          {
            title: t('credential.kindLabel'),
            dataIndex: 'kind',
            render: (k) => t(`credential.kind.${k}`),
          },
          { title: t('credential.name'), dataIndex: 'name' },
          { title: t('credential.issuer'), dataIndex: 'issuer', render: (v) => v ?? '—' },
          { title: t('credential.expiresOn'), dataIndex: 'expiresOn', render: (v) => v ?? '—' },
          {
            title: t('client.statusLabel'),
            dataIndex: 'state',
            render: (s: Credential['state']) => (
              <Tag color={stateColor[s]}>{t(`credential.state.${s}`)}</Tag>
            ),
          },
          ...deleteColumn<Credential>(canWrite, (id) => remove.mutate(id)),
        ]}
      />
    </Card>
  );
}
