import { Button, Card, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ExportButton } from '../../../components/ExportButton';
import { sortFrom, useListFilter } from '../../../components/list';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { ImportButton } from '../../imports/ImportButton';
import { FilterSelect, ListFilters } from '../../views/ListFilters';
import { type ClientFilter, useClients } from '../api';
import { ClientForm } from '../components/ClientForm';
import { ClientStatusTag, ClientTierTag } from '../components/ClientTags';

export default function ClientsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useHasPermission()('clients:write');
  const list = useListFilter<ClientFilter>({});
  const { filter, set, next } = list;
  const [creating, setCreating] = useState(false);
  const clients = useClients(filter);

  return (
    <Card
      title={t('nav.clients')}
      extra={
        <Space>
          <ExportButton path="/api/v1/clients/export" filter={filter} />
          {canWrite && <ImportButton kinds={['clients', 'contacts']} />}
          {canWrite && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('client.new')}
            </Button>
          )}
        </Space>
      }
    >
      <ListFilters list="clients" state={list} searchPlaceholder={t('client.search')}>
        <FilterSelect
          label={t('client.statusLabel')}
          values={['prospect', 'active', 'inactive'] as const}
          name={(s) => t(`client.status.${s}`)}
          value={filter.status}
          onChange={(status) => set({ status })}
        />
        <FilterSelect
          label={t('client.tierLabel')}
          values={['strategic', 'key', 'standard'] as const}
          name={(s) => t(`client.tier.${s}`)}
          value={filter.tier}
          onChange={(tier) => set({ tier })}
        />
        <Space>
          <Switch
            size="small"
            defaultChecked={filter.archived === 'true'}
            onChange={(on) => set({ archived: on ? 'true' : undefined })}
          />
          <Typography.Text>{t('client.showArchived')}</Typography.Text>
        </Space>
      </ListFilters>
      <ProblemAlert error={clients.error} />
      <Table
        rowKey="id"
        loading={clients.isFetching}
        dataSource={clients.data?.items}
        pagination={false}
        onChange={(_p, _f, sorter) => set({ sort: sortFrom(sorter) as ClientFilter['sort'] })}
        onRow={(c) => ({ onDoubleClick: () => navigate(`/clients/${c.id}`) })}
        columns={[
          {
            title: t('client.number'),
            dataIndex: 'number',
            key: 'number',
            sorter: true,
            width: 120,
          },
          {
            title: t('client.name'),
            dataIndex: 'name',
            key: 'name',
            sorter: true,
            render: (v: string, c) => <Link to={`/clients/${c.id}`}>{v}</Link>,
          },
          {
            title: t('client.statusLabel'),
            dataIndex: 'status',
            render: (s) => <ClientStatusTag status={s} />,
          },
          {
            title: t('client.tierLabel'),
            dataIndex: 'tier',
            render: (s) => <ClientTierTag tier={s} />,
          },
          { title: t('client.owner'), render: (_, c) => c.owner?.name ?? '—' },
          { title: t('client.contacts'), dataIndex: 'contactCount', width: 100 },
          {
            title: t('client.tags'),
            dataIndex: 'tags',
            render: (tags: string[]) => tags.map((x) => <Tag key={x}>{x}</Tag>),
          },
        ]}
      />
      {clients.data?.nextCursor && (
        <Button style={{ marginTop: 12 }} onClick={() => next(clients.data?.nextCursor)}>
          {t('common.nextPage')}
        </Button>
      )}
      {creating && (
        <ClientForm
          client={null}
          onClose={() => setCreating(false)}
          onSaved={(c) => navigate(`/clients/${c.id}`)}
        />
      )}
    </Card>
  );
}
