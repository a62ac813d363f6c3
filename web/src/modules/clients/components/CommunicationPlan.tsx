import { Button, Card, Form, InputNumber, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { deleteColumn } from '../../../components/DeleteButton';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useContacts } from '../api';
import {
  type Touchpoint,
  useChangeCommunicationPlan,
  useCommunicationPlan,
} from '../interactions-api';

const channels = ['meeting', 'call', 'mail', 'visit'] as const;

/** Whom to keep in touch with, how and how often; overdue touchpoints stand out and remind their owner. */
export function CommunicationPlan({ clientId, canWrite }: { clientId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const plan = useCommunicationPlan(clientId);
  const contacts = useContacts(clientId);
  const { add, remove } = useChangeCommunicationPlan(clientId);
  const [form] = Form.useForm();
  return (
    <Card size="small" title={t('touchpoint.title')} style={{ marginBottom: 16 }}>
      {canWrite && (
        <Form
          form={form}
          name={`plan-${clientId}`}
          layout="inline"
          style={{ marginBottom: 12, rowGap: 8 }}
          initialValues={{ channel: 'meeting', cadenceDays: 30 }}
          onFinish={async (v) => {
            await add.mutateAsync({
              contactId: v.contactId,
              channel: v.channel,
              cadenceDays: v.cadenceDays,
            });
            form.resetFields(['contactId']);
          }}
        >
          <Form.Item name="contactId" rules={[{ required: true, message: t('form.required') }]}>
            <Select
              showSearch
              optionFilterProp="label"
              aria-label={t('touchpoint.stakeholder')}
              placeholder={t('touchpoint.stakeholder')}
              style={{ width: 200 }}
              options={(contacts.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            />
          </Form.Item>
          <Form.Item name="channel">
            <Select
              style={{ width: 120 }}
              options={channels.map((c) => ({ value: c, label: t(`interaction.kind.${c}`) }))}
            />
          </Form.Item>
          <Form.Item name="cadenceDays" label={t('touchpoint.every')}>
            <InputNumber min={1} max={365} suffix={t('touchpoint.days')} style={{ width: 120 }} />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {t('touchpoint.add')}
          </Button>
        </Form>
      )}
      <ProblemAlert error={plan.error ?? add.error ?? remove.error} />
      <Table<Touchpoint>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={plan.data}
        locale={{ emptyText: t('touchpoint.none') }}
        columns={[
          { title: t('touchpoint.stakeholder'), key: 'contact', render: (_, p) => p.contact.name },
          {
            title: t('touchpoint.channel'),
            dataIndex: 'channel',
            render: (c) => t(`interaction.kind.${c}`),
          },
          {
            title: t('touchpoint.cadence'),
            dataIndex: 'cadenceDays',
            render: (d) => t('touchpoint.everyDays', { count: d }),
          },
          {
            title: t('touchpoint.lastTouch'),
            dataIndex: 'lastTouch',
            render: (v) => (v ? <DateTime value={v} /> : '—'),
          },
          {
            title: t('touchpoint.nextDue'),
            key: 'due',
            render: (_, p) => (
              <Tag color={p.overdue ? 'red' : 'green'}>
                {p.overdue ? t('touchpoint.overdue', { day: p.nextDue }) : p.nextDue}
              </Tag>
            ),
          },
          ...deleteColumn<Touchpoint>(canWrite, (id) => remove.mutate(id)),
        ]}
      />
    </Card>
  );
}
