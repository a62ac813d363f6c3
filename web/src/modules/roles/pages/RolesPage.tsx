import { Button, Card, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { type Role, useDeleteRole, useRoleLabel, useRoles } from '../api';
import { RoleEditor } from '../components/RoleEditor';

export default function RolesPage() {
  const { t } = useTranslation();
  const roles = useRoles();
  const remove = useDeleteRole();
  const label = useRoleLabel();
  const canWrite = useHasPermission()('roles:write');
  const [editing, setEditing] = useState<Role | 'new' | null>(null);
  return (
    <Card
      title={t('nav.roles')}
      extra={
        canWrite && (
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('roles.create')}
          </Button>
        )
      }
    >
      <ProblemAlert error={roles.error ?? remove.error} />
      <Table
        rowKey="id"
        loading={roles.isPending}
        dataSource={roles.data}
        pagination={false}
        columns={[
          {
            title: t('roles.name'),
            render: (_, r) => (
              <>
                {label(r)} {r.builtin && <Tag>{t('roles.builtin')}</Tag>}
              </>
            ),
          },
          {
            title: t('roles.permissions'),
            render: (_, r) => r.permissions.map((p) => <Tag key={p}>{t(`permission.${p}`)}</Tag>),
          },
          {
            key: 'actions',
            render: (_, r) =>
              canWrite &&
              !r.builtin && (
                <Space>
                  <Button size="small" onClick={() => setEditing(r)}>
                    {t('common.edit')}
                  </Button>
                  <Popconfirm
                    title={t('common.confirmDelete')}
                    onConfirm={() => remove.mutate(r.id)}
                  >
                    <Button size="small" danger>
                      {t('common.delete')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      {editing && (
        <RoleEditor role={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Card>
  );
}
