import { Button, Card, Input, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ExportButton } from '../../../components/ExportButton';
import { sortFrom, useListFilter } from '../../../components/list';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { ImportButton } from '../../imports/ImportButton';
import { SavedViews } from '../../views/SavedViews';
import { type ClientFilter, useClients } from '../api';
import { ClientForm } from '../components/ClientForm';
import { ClientStatusTag, ClientTierTag } from '../components/ClientTags';

export default function ClientsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useHasPermission()('clients:write');
  const { filter, set, next, apply, generation } = useListFilter<ClientFilter>({});
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
      <Space key={generation} wrap style={{ marginBottom: 12 }}>
        <SavedViews list="clients" filter={filter} onApply={apply} />
        <Input.Search
          allowClear
          defaultValue={filter.q}
          placeholder={t('client.search')}
          onSearch={(q) => set({ q: q || undefined })}
          style={{ width: 240 }}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          aria-label={t('client.statusLabel')}
          placeholder={t('client.statusLabel')}
          style={{ width: 150 }}
          defaultValue={filter.status}
          onChange={(status) => set({ status })}
          options={(['prospect', 'active', 'inactive'] as const).map((s) => ({
            value: s,
            label: t(`client.status.${s}`),
          }))}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          aria-label={t('client.tierLabel')}
          placeholder={t('client.tierLabel')}
          style={{ width: 150 }}
          defaultValue={filter.tier}
          onChange={(tier) => set({ tier })}
          options={(['strategic', 'key', 'standard'] as const).map((s) => ({
            value: s,
            label: t(`client.tier.${s}`),
          }))}
        />
        <Space>
          <Switch
            size="small"
            defaultChecked={filter.archived === 'true'}
            onChange={(on) => set({ archived: on ? 'true' : undefined })}
          />
          <Typography.Text>{t('client.showArchived')}</Typography.Text>
        </Space>
      </Space>
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
