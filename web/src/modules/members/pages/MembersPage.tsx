import { Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { sortFrom, useListFilter } from '../../../components/list';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission, useMe } from '../../auth/api';
import { useRoleLabel, useRoles } from '../../roles/api';
import { type MemberFilter, type MemberSort, useMembers, useUpdateMember } from '../api';
import { InvitationsCard } from '../components/InvitationsCard';
import { InviteModal } from '../components/InviteModal';
import { PartyBinding } from '../components/PartyBinding';

export default function MembersPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const canWrite = useHasPermission()('members:write');
  const { filter, set, next } = useListFilter<MemberFilter>({});
  const [inviting, setInviting] = useState(false);
  const members = useMembers(filter);
  const roles = useRoles();
  const label = useRoleLabel();
  const update = useUpdateMember();
  const roleOptions = (roles.data ?? []).map((r) => ({ value: r.id, label: label(r) }));

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={t('nav.members')}
        extra={
          canWrite && (
            <Button type="primary" onClick={() => setInviting(true)}>
              {t('members.invite')}
            </Button>
          )
        }
      >
        <Space style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            placeholder={t('members.search')}
            onSearch={(q) => set({ q: q || undefined })}
          />
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={t('members.status')}
            onChange={(status) => set({ status })}
            options={[
              { value: 'active', label: t('members.active') },
              { value: 'disabled', label: t('members.disabled') },
            ]}
          />
        </Space>
        <ProblemAlert error={members.error ?? update.error} />
        <Table
          rowKey="id"
          loading={members.isFetching}
          dataSource={members.data?.items}
          pagination={false}
          onChange={(_p, _f, sorter) => set({ sort: sortFrom(sorter) as MemberSort })}
          columns={[
            { title: t('profile.name'), dataIndex: 'name', key: 'name', sorter: true },
            { title: t('auth.email'), dataIndex: 'email' },
            {
              title: t('members.role'),
              render: (_, m) =>
                canWrite && m.userId !== me?.user.id ? (
                  <Select
                    style={{ width: 180 }}
                    value={m.roleId}
                    options={roleOptions}
                    onChange={(roleId) => update.mutate({ id: m.id, version: m.version, roleId })}
                  />
                ) : (
                  label({ key: m.roleKey, name: m.roleName })
                ),
            },
            {
              title: t('members.joined'),
              dataIndex: 'createdAt',
              key: 'createdAt',
              sorter: true,
              render: (v: string) => <DateTime value={v} />,
            },
            {
              title: t('members.boundTo'),
              render: (_, m) => (
                <PartyBinding member={m} canWrite={canWrite && m.userId !== me?.user.id} />
              ),
            },
            {
              title: t('members.status'),
              render: (_, m) => (
                <Tag color={m.status === 'active' ? 'green' : 'default'}>
                  {t(`members.${m.status}`)}
                </Tag>
              ),
            },
            {
              key: 'actions',
              render: (_, m) =>
                canWrite &&
                m.userId !== me?.user.id && (
                  <Button
                    size="small"
                    onClick={() =>
                      update.mutate({
                        id: m.id,
                        version: m.version,
                        status: m.status === 'active' ? 'disabled' : 'active',
                      })
                    }
                  >
                    {m.status === 'active' ? t('members.disable') : t('members.enable')}
                  </Button>
                ),
            },
          ]}
        />
        {members.data?.nextCursor && (
          <Button style={{ marginTop: 12 }} onClick={() => next(members.data?.nextCursor)}>
            {t('common.nextPage')}
          </Button>
        )}
      </Card>
      <InvitationsCard canWrite={canWrite} />
      {inviting && <InviteModal roleOptions={roleOptions} onClose={() => setInviting(false)} />}
    </Space>
  );
}
