import { Button, Card, Form, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { FormDialog } from '../../../components/FormDialog';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useContacts } from '../../clients/api';
import { type Survey, useChangeFeedback, useSurveys } from '../api';

const statusColors = { pending: 'blue', answered: 'green', expired: 'default' } as const;

/** CSAT and NPS surveys mailed to the client's contacts, and their answers. */
export function SurveysCard({ clientId, canWrite }: { clientId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const surveys = useSurveys(clientId);
  const [sending, setSending] = useState(false);
  return (
    <Card
      title={t('feedback.surveys')}
      size="small"
      extra={
        canWrite && <Button onClick={() => setSending(true)}>{t('feedback.sendSurvey')}</Button>
      }
    >
      <ProblemAlert error={surveys.error} />
      <Table<Survey>
        rowKey="id"
        size="small"
        pagination={false}
        loading={surveys.isFetching}
        dataSource={surveys.data}
        columns={[
          { title: t('feedback.contact'), key: 'contact', render: (_, s) => s.contact.name },
          { title: t('feedback.kindLabel'), dataIndex: 'kind', render: (k) => t(`feedback.${k}`) },
          {
            title: t('feedback.sentAt'),
            dataIndex: 'sentAt',
            render: (v) => <DateTime value={v} />,
          },
          {
            title: t('client.statusLabel'),
            dataIndex: 'status',
            render: (s: Survey['status']) => (
              <Tag color={statusColors[s]}>{t(`feedback.surveyStatus.${s}`)}</Tag>
            ),
          },
          { title: t('feedback.score'), dataIndex: 'score', render: (v) => v ?? '—' },
          { title: t('feedback.comment'), dataIndex: 'comment', render: (v) => v ?? '—' },
        ]}
      />
      {sending && <SendSurveyDialog clientId={clientId} onClose={() => setSending(false)} />}
    </Card>
  );
}

function SendSurveyDialog({ clientId, onClose }: { clientId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const contacts = useContacts(clientId);
  const { sendSurvey } = useChangeFeedback(clientId);
  const withMail = (contacts.data ?? []).filter((c) => c.email);
  return (
    <FormDialog
      title={t('feedback.sendSurvey')}
      form={form}
      pending={sendSurvey.isPending}
      error={sendSurvey.error}
      onClose={onClose}
      onFinish={(v: { contactId: string; kind: Survey['kind'] }) => sendSurvey.mutateAsync(v)}
    >
      <Form.Item
        name="contactId"
        label={t('feedback.contact')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Select
          aria-label={t('feedback.contact')}
          showSearch
          optionFilterProp="label"
          options={withMail.map((c) => ({ value: c.id, label: `${c.name} <${c.email}>` }))}
        />
      </Form.Item>
      <Form.Item name="kind" label={t('feedback.kindLabel')} initialValue="csat">
        <Select
          options={(['csat', 'nps'] as const).map((k) => ({
            value: k,
            label: t(`feedback.${k}Long`),
          }))}
        />
      </Form.Item>
    </FormDialog>
  );
}
