import { Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ExportButton } from '../../../components/ExportButton';
import { sortFrom, useListFilter } from '../../../components/list';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission, useMe } from '../../auth/api';
import { ImportButton } from '../../imports/ImportButton';
import { SavedViews } from '../../views/SavedViews';
import { riskTiers, type SupplierFilter, supplierStatuses, useSuppliers } from '../api';
import { SupplierForm } from '../components/SupplierForm';
import { SupplierStatusTag } from '../components/SupplierStatusTag';

/** The comparison takes up to six suppliers side by side. */
const MAX_COMPARED = 6;

export default function SuppliersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useHasPermission()('suppliers:write');
  const { filter, set, next, apply, generation } = useListFilter<SupplierFilter>({});
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const { data: me } = useMe();
  const internal = !me?.party;
  const suppliers = useSuppliers(filter);
  return (
    <Card
      title={t('nav.suppliers')}
      extra={
        <Space>
          {internal && (
            <Button
              disabled={selected.length < 2 || selected.length > MAX_COMPARED}
              onClick={() => navigate(`/suppliers/compare?ids=${selected.join(',')}`)}
            >
              {t('evaluation.compareSelected', { count: selected.length })}
            </Button>
          )}
          <ExportButton path="/api/v1/suppliers/export" filter={filter} />
          {canWrite && <ImportButton kinds={['suppliers']} />}
          {canWrite && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('supplier.new')}
            </Button>
          )}
        </Space>
      }
    >
      <Space key={generation} wrap style={{ marginBottom: 12 }}>
        <SavedViews list="suppliers" filter={filter} onApply={apply} />
        <Input.Search
          allowClear
          defaultValue={filter.q}
          placeholder={t('supplier.search')}
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
          options={supplierStatuses.map((s) => ({ value: s, label: t(`supplier.status.${s}`) }))}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          aria-label={t('supplier.riskTierLabel')}
          placeholder={t('supplier.riskTierLabel')}
          style={{ width: 150 }}
          defaultValue={filter.riskTier}
          onChange={(riskTier) => set({ riskTier })}
          options={riskTiers.map((s) => ({ value: s, label: t(`supplier.riskTier.${s}`) }))}
        />
        <Input.Search
          allowClear
          placeholder={t('supplier.category')}
          defaultValue={filter.category}
          onSearch={(category) => set({ category: category || undefined })}
          style={{ width: 180 }}
        />
      </Space>
      <ProblemAlert error={suppliers.error} />
      <Table
        rowKey="id"
        rowSelection={
          internal
            ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }
            : undefined
        }
        loading={suppliers.isFetching}
        dataSource={suppliers.data?.items}
        pagination={false}
        onChange={(_p, _f, sorter) => set({ sort: sortFrom(sorter) as SupplierFilter['sort'] })}
        onRow={(s) => ({ onDoubleClick: () => navigate(`/suppliers/${s.id}`) })}
        columns={[
          {
            title: t('client.number'),
            dataIndex: 'number',
            key: 'number',
            sorter: true,
            width: 120,
          },
          {
            title: t('supplier.name'),
            dataIndex: 'name',
            key: 'name',
            sorter: true,
            render: (v: string, s) => <Link to={`/suppliers/${s.id}`}>{v}</Link>,
          },
          {
            title: t('client.statusLabel'),
            dataIndex: 'status',
            render: (s) => <SupplierStatusTag status={s} />,
          },
          {
            title: t('supplier.riskTierLabel'),
            dataIndex: 'riskTier',
            render: (r) => (r ? t(`supplier.riskTier.${r}`) : '—'),
          },
          {
            title: t('supplier.categories'),
            dataIndex: 'categories',
            render: (c: string[]) => c.map((x) => <Tag key={x}>{x}</Tag>),
          },
          { title: t('client.country'), dataIndex: 'country', render: (v) => v ?? '—' },
        ]}
      />
      {suppliers.data?.nextCursor && (
        <Button style={{ marginTop: 12 }} onClick={() => next(suppliers.data?.nextCursor)}>
          {t('common.nextPage')}
        </Button>
      )}
      {creating && (
        <SupplierForm
          supplier={null}
          onClose={() => setCreating(false)}
          onSaved={(s) => navigate(`/suppliers/${s.id}`)}
        />
      )}
    </Card>
  );
}
