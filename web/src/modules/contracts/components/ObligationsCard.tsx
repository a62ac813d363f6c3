import { Button, Card, DatePicker, Form, Input, Popconfirm, Space, Table, Tag } from 'antd';
import type dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { MemberSelect } from '../../members/components/MemberSelect';
import { type Obligation, useChangeObligations, useObligations } from '../clauses-api';

const statusColors = { open: 'blue', met: 'green', missed: 'red' } as const;

/** What the contract obliges us or them to do by when, tracked until met or missed. */
export function ObligationsCard({
  contractId,
  canWrite,
}: {
  contractId: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const list = useObligations(contractId);
  const { add, update } = useChangeObligations(contractId);
  const [form] = Form.useForm();
  const mark = (o: Obligation, status: Obligation['status']) =>
    update.mutate({ obligationId: o.id, body: { version: o.version, status } });
  return (
    <Card title={t('clause.obligations')} size="small">
      {canWrite && (
        <Form
          form={form}
          layout="inline"
          style={{ marginBottom: 12, rowGap: 8 }}
          onFinish={async (v: { title: string; dueDate: dayjs.Dayjs; ownerId?: string }) => {
            await add.mutateAsync({
              title: v.title,
              dueDate: v.dueDate.format('YYYY-MM-DD'),
              ...(v.ownerId ? { ownerId: v.ownerId } : {}),
            });
            form.resetFields();
          }}
        >
          <Form.Item name="title" rules={[{ required: true, message: t('form.required') }]}>
            <Input
              placeholder={t('clause.obligation')}
              aria-label={t('clause.obligation')}
              style={{ width: 280 }}
            />
          </Form.Item>
          <Form.Item name="dueDate" rules={[{ required: true, message: t('form.required') }]}>
            <DatePicker placeholder={t('clause.dueDate')} aria-label={t('clause.dueDate')} />
          </Form.Item>
          <Form.Item name="ownerId">
            <MemberSelect placeholder={t('client.owner')} style={{ width: 160 }} />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {t('clause.addObligation')}
          </Button>
        </Form>
      )}
      <ProblemAlert error={list.error ?? add.error ?? update.error} />
      <Table<Obligation>
        rowKey="id"
        size="small"
        pagination={false}
        loading={list.isFetching}
        dataSource={list.data}
        columns={[
          { title: t('clause.obligation'), dataIndex: 'title' },
          { title: t('clause.fromClause'), dataIndex: 'fromClause', render: (v) => v ?? '—' },
          { title: t('client.owner'), key: 'owner', render: (_, o) => o.owner?.name ?? '—' },
          {
            title: t('clause.dueDate'),
            key: 'due',
            render: (_, o) => (
              <Space size={4}>
                {o.dueDate}
                {o.overdue && <Tag color="red">{t('feedback.overdue')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('client.statusLabel'),
            dataIndex: 'status',
            render: (s: Obligation['status']) => (
              <Tag color={statusColors[s]}>{t(`clause.status.${s}`)}</Tag>
            ),
          },
          ...(canWrite
            ? [
                {
                  key: 'actions',
                  render: (_: unknown, o: Obligation) =>
                    o.status === 'open' ? (
                      <Space size={0}>
                        <Button type="link" onClick={() => mark(o, 'met')}>
                          {t('clause.markMet')}
                        </Button>
                        <Popconfirm
                          title={t('clause.markMissed')}
                          onConfirm={() => mark(o, 'missed')}
                        >
                          <Button type="link" danger>
                            {t('clause.markMissed')}
                          </Button>
                        </Popconfirm>
                      </Space>
                    ) : (
                      <Button type="link" onClick={() => mark(o, 'open')}>
                        {t('feedback.reopen')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
