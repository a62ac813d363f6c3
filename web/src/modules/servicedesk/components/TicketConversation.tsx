import { Button, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useMe } from '../../auth/api';
import { MemberSelect } from '../../members/components/MemberSelect';
import { commentVisibilities, type Ticket, type TicketComment, useAddComment } from '../api';

const visibilityColor = { internal: 'default', client: 'blue', supplier: 'purple' } as const;

/**
 * The ticket's conversation, oldest first, and a box to add to it. The desk chooses who reads
 * a comment and may name members to notify; a portal's comment is read by the desk and itself.
 */
export function TicketConversation({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const party = useMe().data?.party?.type ?? null;
  const internal = !party;
  const add = useAddComment();
  const [form] = Form.useForm<TicketComment>();
  return (
    <>
      <h4>{t('ticket.conversation')}</h4>
      <List
        size="small"
        locale={{ emptyText: t('ticket.noComments') }}
        dataSource={ticket.comments}
        renderItem={(c) => (
          <List.Item key={c.id}>
            <div style={{ width: '100%' }}>
              <Space size="small" wrap>
                <Typography.Text strong>{c.author?.name ?? '—'}</Typography.Text>
                {c.authorParty !== 'internal' && <Tag>{t(`ticket.parties.${c.authorParty}`)}</Tag>}
                {internal && (
                  <Tag color={visibilityColor[c.visibility]}>
                    {t(`ticket.visibilities.${c.visibility}`)}
                  </Tag>
                )}
                <Typography.Text type="secondary">
                  <DateTime value={c.createdAt} />
                </Typography.Text>
              </Space>
              <div style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}>{c.body}</div>
            </div>
          </List.Item>
        )}
      />
      {ticket.status !== 'closed' && (
        <Form
          form={form}
          layout="vertical"
          style={{ marginTop: 8 }}
          initialValues={{
            visibility: party === 'supplier' ? 'supplier' : 'internal',
            mentionIds: [],
          }}
          onFinish={async (v) => {
            await add.mutateAsync({ id: ticket.id, ...v });
            form.resetFields(['body', 'mentionIds']);
          }}
        >
          <Form.Item name="body" rules={[{ required: true, max: 20_000 }]}>
            <Input.TextArea
              rows={3}
              aria-label={t('ticket.comment')}
              placeholder={t('ticket.comment')}
            />
          </Form.Item>
          <Space wrap align="start">
            {party === 'supplier' && (
              <Form.Item name="visibility" label={t('ticket.visibility')}>
                <Select
                  style={{ width: 180 }}
                  options={(['supplier', 'client'] as const).map((v) => ({
                    value: v,
                    label: t(`ticket.supplierVisibilities.${v}`),
                  }))}
                />
              </Form.Item>
            )}
            {internal && (
              <>
                <Form.Item name="visibility" label={t('ticket.visibility')}>
                  <Select
                    showSearch
                    optionFilterProp="label"
                    style={{ width: 180 }}
                    options={commentVisibilities.map((v) => ({
                      value: v,
                      label: t(`ticket.visibilities.${v}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item name="mentionIds" label={t('ticket.mentions')}>
                  <MemberSelect mode="multiple" style={{ minWidth: 220 }} />
                </Form.Item>
              </>
            )}
            <Button type="primary" htmlType="submit" loading={add.isPending}>
              {t('ticket.send')}
            </Button>
          </Space>
          <ProblemAlert error={add.error} />
        </Form>
      )}
    </>
  );
}
