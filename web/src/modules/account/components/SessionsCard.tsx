import { Button, Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { useRevokeSession, useSessions } from '../api';

export function SessionsCard() {
  const { t } = useTranslation();
  const sessions = useSessions();
  const revoke = useRevokeSession();
  return (
    <Card title={t('security.sessions')}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={sessions.isPending}
        dataSource={sessions.data}
        columns={[
          {
            title: t('security.device'),
            dataIndex: 'userAgent',
            ellipsis: true,
            render: (v: string | null, r) => (
              <>
                {r.current && <Tag color="blue">{t('security.thisDevice')}</Tag>}
                {v ?? '—'}
              </>
            ),
          },
          { title: 'IP', dataIndex: 'ip' },
          {
            title: t('security.signedIn'),
            dataIndex: 'createdAt',
            render: (v: string) => <DateTime value={v} />,
          },
          {
            title: t('security.lastSeen'),
            dataIndex: 'lastSeenAt',
            render: (v: string) => <DateTime value={v} />,
          },
          {
            key: 'actions',
            render: (_, r) =>
              !r.current && (
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
