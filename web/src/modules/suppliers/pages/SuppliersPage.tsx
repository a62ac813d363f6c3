import { Button, Card, Input, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ExportButton } from '../../../components/ExportButton';
import { sortFrom, useListFilter } from '../../../components/list';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission, useMe } from '../../auth/api';
import { ImportButton } from '../../imports/ImportButton';
import { FilterSelect, ListFilters } from '../../views/ListFilters';
import { riskTiers, type SupplierFilter, supplierStatuses, useSuppliers } from '../api';
import { SupplierForm } from '../components/SupplierForm';
import { SupplierStatusTag } from '../components/SupplierStatusTag';

/** The comparison takes up to six suppliers side by side. */
const MAX_COMPARED = 6;

export default function SuppliersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useHasPermission()('suppliers:write');
  const list = useListFilter<SupplierFilter>({});
  const { filter, set, next } = list;
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
      <ListFilters list="suppliers" state={list} searchPlaceholder={t('supplier.search')}>
        <FilterSelect
          label={t('client.statusLabel')}
          values={supplierStatuses}
          name={(s) => t(`supplier.status.${s}`)}
          value={filter.status}
          onChange={(status) => set({ status })}
        />
        <FilterSelect
          label={t('supplier.riskTierLabel')}
          values={riskTiers}
          name={(s) => t(`supplier.riskTier.${s}`)}
          value={filter.riskTier}
          onChange={(riskTier) => set({ riskTier })}
        />
        <Input.Search
          allowClear
          placeholder={t('supplier.category')}
          defaultValue={filter.category}
          onSearch={(category) => set({ category: category || undefined })}
          style={{ width: 180 }}
        />
      </ListFilters>
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
