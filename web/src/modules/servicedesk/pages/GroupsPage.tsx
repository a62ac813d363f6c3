import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { type TicketGroup, useGroups } from '../api';
import { GroupForm } from '../components/GroupForm';
import { PriorityMatrixCard } from '../components/PriorityMatrixCard';

/**
 * The assignment groups tickets are routed to: our teams, and supplier teams whose supplier
 * contract runs an underpinning clock while they hold a ticket.
 */
export default function GroupsPage() {
  const { t } = useTranslation();
  const can = useHasPermission();
  const groups = useGroups();
  const [editing, setEditing] = useState<TicketGroup | 'new' | null>(null);
  return (
    <Card
      title={t('nav.ticketGroups')}
      extra={
        <Space>
          <Link to="/tickets">{t('nav.tickets')}</Link>
          {can('tickets:manage') && (
            <Button type="primary" onClick={() => setEditing('new')}>
              {t('ticketGroup.new')}
            </Button>
          )}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('ticketGroup.hint')}</Typography.Paragraph>
      <ProblemAlert error={groups.error} />
      <Table<TicketGroup>
        rowKey="id"
        size="small"
        pagination={false}
        loading={groups.isFetching}
        dataSource={groups.data ?? []}
        onRow={(g) =>
          can('tickets:manage')
            ? { onClick: () => setEditing(g), style: { cursor: 'pointer' } }
            : {}
        }
        columns={[
          { title: t('ticketGroup.name'), dataIndex: 'name' },
          {
            title: t('ticketGroup.kind'),
            render: (_, g) => (
              <Tag color={g.kind === 'supplier' ? 'purple' : 'blue'}>
                {t(`ticketGroup.kinds.${g.kind}`)}
              </Tag>
            ),
          },
          {
            title: t('ticketGroup.supplierContract'),
            render: (_, g) =>
              g.supplier ? `${g.supplier.name} · ${g.supplierContract?.number ?? ''}` : '—',
          },
          { title: t('ticketGroup.lead'), render: (_, g) => g.lead?.name ?? '—' },
          {
            title: t('ticketGroup.members'),
            render: (_, g) =>
              g.kind === 'supplier'
                ? t('ticketGroup.supplierMembers')
                : g.members.map((m) => m.name).join('、') || '—',
          },
        ]}
      />
      <PriorityMatrixCard />
      {editing && (
        <GroupForm group={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Card>
  );
}
