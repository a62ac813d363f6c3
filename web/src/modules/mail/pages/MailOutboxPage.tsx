import { Alert, Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useMailOutbox } from '../api';

const statusColor = { stored: 'default', queued: 'blue', sent: 'green', failed: 'red' } as const;

/** Without SMTP configured, this is where the workspace's mail can be read. */
export default function MailOutboxPage() {
  const { t } = useTranslation();
  const mail = useMailOutbox();
  return (
    <Card title={t('nav.mail')}>
      <Alert type="info" showIcon title={t('mail.explain')} style={{ marginBottom: 12 }} />
      <ProblemAlert error={mail.error} />
      <Table
        rowKey="id"
        size="small"
        loading={mail.isPending}
        dataSource={mail.data?.items}
        pagination={false}
        expandable={{
          expandedRowRender: (m) => (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{m.body}</Typography.Paragraph>
          ),
        }}
        columns={[
          { title: t('mail.to'), dataIndex: 'to' },
          { title: t('mail.subject'), dataIndex: 'subject' },
          {
            title: t('members.status'),
            dataIndex: 'status',
            render: (s: keyof typeof statusColor) => (
              <Tag color={statusColor[s]}>{t(`mail.status.${s}`)}</Tag>
            ),
          },
          {
            title: t('common.createdAt'),
            dataIndex: 'createdAt',
            render: (v: string) => <DateTime value={v} />,
          },
        ]}
      />
    </Card>
  );
}
