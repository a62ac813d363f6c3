import { Button, Card, Input, Segmented, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ExportButton } from '../../../components/ExportButton';
import { useListFilter } from '../../../components/list';
import { useHasPermission, useMe } from '../../auth/api';
import { useOpportunity } from '../../clients/opportunities-api';
import { SavedViews } from '../../views/SavedViews';
import { type ContractFilter, contractStatuses, contractTypes } from '../api';
import { ContractCalendar } from '../components/ContractCalendar';
import { ContractForm } from '../components/ContractForm';
import { ContractsTable } from '../components/ContractsTable';

/** Every contract with clients and suppliers; `?new` opens a draft, `?opportunity=` one from a won deal. */
export default function ContractsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const canWrite = useHasPermission()('contracts:write');
  const { filter, set, next, apply, generation } = useListFilter<ContractFilter>({});
  const opportunityId = params.get('opportunity');
  const opportunity = useOpportunity(opportunityId);
  const creating = params.has('new') || (opportunityId !== null && opportunity.data !== undefined);
  const closeForm = () => setParams({});
  const [view, setView] = useState<'list' | 'calendar'>('list');
  const internal = !useMe().data?.party;
  return (
    <Card
      title={t('nav.contracts')}
      extra={
        <Space>
          {internal && (
            <Button onClick={() => navigate('/contracts/clauses')}>{t('clause.library')}</Button>
          )}
          <ExportButton path="/api/v1/contracts/export" filter={filter} />
          {canWrite && (
            <Button type="primary" onClick={() => setParams({ new: '' })}>
              {t('contract.new')}
            </Button>
          )}
        </Space>
      }
    >
      <Space key={generation} wrap style={{ marginBottom: 12 }}>
        <SavedViews list="contracts" filter={filter} onApply={apply} />
        <Input.Search
          allowClear
          defaultValue={filter.q}
          placeholder={t('contract.search')}
          onSearch={(q) => set({ q: q || undefined })}
          style={{ width: 240 }}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          aria-label={t('contract.side')}
          placeholder={t('contract.side')}
          style={{ width: 140 }}
          defaultValue={filter.partyType}
          onChange={(partyType) => set({ partyType })}
          options={(['client', 'supplier'] as const).map((p) => ({
            value: p,
            label: t(`contract.partyType.${p}`),
          }))}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          aria-label={t('contract.typeLabel')}
          placeholder={t('contract.typeLabel')}
          style={{ width: 170 }}
          defaultValue={filter.type}
          onChange={(type) => set({ type })}
          options={contractTypes.map((x) => ({ value: x, label: t(`contract.type.${x}`) }))}
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
          options={contractStatuses.map((s) => ({ value: s, label: t(`contract.status.${s}`) }))}
        />
      </Space>
      <Segmented
        style={{ marginBottom: 12 }}
        value={view}
        onChange={(v) => setView(v as 'list' | 'calendar')}
        options={[
          { value: 'list', label: t('contract.listView') },
          { value: 'calendar', label: t('contract.calendarView') },
        ]}
      />
      {view === 'list' ? (
        <ContractsTable filter={filter} onSort={(sort) => set({ sort })} onNext={next} />
      ) : (
        <ContractCalendar />
      )}
      {creating && (
        <ContractForm
          contract={null}
          draft={
            opportunity.data
              ? {
                  partyType: 'client',
                  clientId: opportunity.data.client.id,
                  opportunityId: opportunity.data.id,
                  title: opportunity.data.title,
                  currency: opportunity.data.currency,
                  valueMinor: opportunity.data.amountMinor,
                }
              : undefined
          }
          onClose={closeForm}
          onSaved={(c) => navigate(`/contracts/${c.id}`)}
        />
      )}
    </Card>
  );
}
