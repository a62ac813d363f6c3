import { Button, Card, Form, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { FormDialog } from '../../../components/FormDialog';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useContacts } from '../../clients/api';
import { MemberSelect } from '../../members/components/MemberSelect';
import {
  type Feedback,
  feedbackSeverities,
  severityColors,
  useChangeFeedback,
  useFeedback,
} from '../api';

/** Complaints and praise: severity, owner, the response due time, and how it was resolved. */
export function ComplaintsCard({ clientId, canWrite }: { clientId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const items = useFeedback(clientId);
  const { update } = useChangeFeedback(clientId);
  const [creating, setCreating] = useState(false);
  const [resolving, setResolving] = useState<Feedback | null>(null);
  const act = (f: Feedback, action: 'respond' | 'reopen') =>
    update.mutate({ feedbackId: f.id, body: { version: f.version, action } });
  return (
    <Card
      title={t('feedback.complaints')}
      size="small"
      extra={canWrite && <Button onClick={() => setCreating(true)}>{t('feedback.new')}</Button>}
    >
      <ProblemAlert error={items.error ?? update.error} />
      <Table<Feedback>
        rowKey="id"
        size="small"
        pagination={false}
        loading={items.isFetching}
        dataSource={items.data}
        expandable={{
          rowExpandable: (f) => Boolean(f.description || f.resolution),
          expandedRowRender: (f) => (
            <Space direction="vertical">
              {f.description && <Typography.Paragraph>{f.description}</Typography.Paragraph>}
              {f.resolution && (
                <Typography.Paragraph>
                  <Typography.Text strong>{t('feedback.resolution')}: </Typography.Text>
                  {f.resolution}
                </Typography.Paragraph>
              )}
            </Space>
          ),
        }}
        columns={[
          { title: t('client.number'), dataIndex: 'number', width: 100 },
          {
            title: t('feedback.kindLabel'),
            key: 'kind',
            render: (_, f) =>
              f.kind === 'praise' ? (
                <Tag color="green">{t('feedback.kind.praise')}</Tag>
              ) : (
                <Tag color={severityColors[f.severity ?? 'low']}>
                  {t('feedback.kind.complaint')} · {t(`feedback.severity.${f.severity ?? 'low'}`)}
                </Tag>
              ),
          },
          { title: t('feedback.subject'), dataIndex: 'subject' },
          { title: t('client.owner'), key: 'owner', render: (_, f) => f.owner?.name ?? '—' },
          {
            title: t('feedback.responseDue'),
            key: 'due',
            render: (_, f) =>
              f.responseDueAt ? (
                <Space size={4}>
                  <DateTime value={f.responseDueAt} />
                  {f.overdue && <Tag color="red">{t('feedback.overdue')}</Tag>}
                </Space>
              ) : (
                '—'
              ),
          },
          {
            title: t('client.statusLabel'),
            dataIndex: 'status',
            render: (s: Feedback['status']) => t(`feedback.status.${s}`),
          },
          ...(canWrite
            ? [
                {
                  key: 'actions',
                  render: (_: unknown, f: Feedback) => (
                    <Space size={0}>
                      {f.status === 'open' && (
                        <Button type="link" onClick={() => act(f, 'respond')}>
                          {t('feedback.respond')}
                        </Button>
                      )}
                      {f.status !== 'resolved' && (
                        <Button type="link" onClick={() => setResolving(f)}>
                          {t('feedback.resolve')}
                        </Button>
                      )}
                      {f.status === 'resolved' && f.kind === 'complaint' && (
                        <Popconfirm title={t('feedback.reopen')} onConfirm={() => act(f, 'reopen')}>
                          <Button type="link">{t('feedback.reopen')}</Button>
                        </Popconfirm>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {creating && <FeedbackDialog clientId={clientId} onClose={() => setCreating(false)} />}
      {resolving && (
        <ResolveDialog clientId={clientId} item={resolving} onClose={() => setResolving(null)} />
      )}
    </Card>
  );
}

function FeedbackDialog({ clientId, onClose }: { clientId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const contacts = useContacts(clientId);
  const { create } = useChangeFeedback(clientId);
  const kind = Form.useWatch('kind', form) ?? 'complaint';
  return (
    <FormDialog
      title={t('feedback.new')}
      form={form}
      pending={create.isPending}
      error={create.error}
      onClose={onClose}
      onFinish={(v: {
        kind: Feedback['kind'];
        severity?: Feedback['severity'];
        subject: string;
        description?: string;
        contactId?: string;
        ownerId?: string;
      }) =>
        create.mutateAsync({
          kind: v.kind,
          severity: v.kind === 'complaint' ? (v.severity ?? null) : null,
          subject: v.subject,
          description: v.description ?? '',
          contactId: v.contactId ?? null,
          ownerId: v.ownerId ?? null,
        })
      }
    >
      <Form.Item name="kind" label={t('feedback.kindLabel')} initialValue="complaint">
        <Select
          aria-label={t('feedback.kindLabel')}
          options={(['complaint', 'praise'] as const).map((k) => ({
            value: k,
            label: t(`feedback.kind.${k}`),
          }))}
        />
      </Form.Item>
      {kind === 'complaint' && (
        <Form.Item name="severity" label={t('feedback.severityLabel')} initialValue="medium">
          <Select
            showSearch
            optionFilterProp="label"
            aria-label={t('feedback.severityLabel')}
            options={feedbackSeverities.map((s) => ({
              value: s,
              label: t(`feedback.severity.${s}`),
            }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="subject"
        label={t('feedback.subject')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="description" label={t('feedback.description')}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="contactId" label={t('feedback.contact')}>
        <Select
          allowClear
          options={(contacts.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
        />
      </Form.Item>
      <Form.Item name="ownerId" label={t('client.owner')}>
        <MemberSelect />
      </Form.Item>
    </FormDialog>
  );
}

function ResolveDialog({
  clientId,
  item,
  onClose,
}: {
  clientId: string;
  item: Feedback;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { update } = useChangeFeedback(clientId);
  return (
    <FormDialog
      title={`${t('feedback.resolve')} ${item.number}`}
      form={form}
      pending={update.isPending}
      error={update.error}
      onClose={onClose}
      onFinish={(v: { resolution: string }) =>
        update.mutateAsync({
          feedbackId: item.id,
          body: { version: item.version, action: 'resolve', resolution: v.resolution },
        })
      }
    >
      <Form.Item
        name="resolution"
        label={t('feedback.resolution')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Input.TextArea rows={4} aria-label={t('feedback.resolution')} />
      </Form.Item>
    </FormDialog>
  );
}
