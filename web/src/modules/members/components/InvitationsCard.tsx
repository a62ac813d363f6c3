import { Button, Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { useInvitations, useRevokeInvitation } from '../api';

export function InvitationsCard({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const invitations = useInvitations();
  const revoke = useRevokeInvitation();
  return (
    <Card title={t('members.pendingInvitations')}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={invitations.isPending}
        dataSource={invitations.data}
        columns={[
          { title: t('auth.email'), dataIndex: 'email' },
          {
            title: t('common.createdAt'),
            dataIndex: 'createdAt',
            render: (v: string) => <DateTime value={v} />,
          },
          {
            title: t('members.expires'),
            dataIndex: 'expiresAt',
            render: (v: string) => <DateTime value={v} />,
          },
          {
            key: 'actions',
            render: (_, r) =>
              canWrite && (
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
