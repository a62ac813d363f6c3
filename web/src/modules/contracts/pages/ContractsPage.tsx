import { Button, Card, Segmented, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ExportButton } from '../../../components/ExportButton';
import { useListFilter } from '../../../components/list';
import { useHasPermission, useMe } from '../../auth/api';
import { useOpportunity } from '../../clients/opportunities-api';
import { FilterSelect, ListFilters } from '../../views/ListFilters';
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
  const list = useListFilter<ContractFilter>({});
  const { filter, set, next } = list;
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
      <ListFilters list="contracts" state={list} searchPlaceholder={t('contract.search')}>
        <FilterSelect
          label={t('contract.side')}
          values={['client', 'supplier'] as const}
          name={(p) => t(`contract.partyType.${p}`)}
          value={filter.partyType}
          onChange={(partyType) => set({ partyType })}
          width={140}
        />
        <FilterSelect
          label={t('contract.typeLabel')}
          values={contractTypes}
          name={(x) => t(`contract.type.${x}`)}
          value={filter.type}
          onChange={(type) => set({ type })}
          width={170}
        />
        <FilterSelect
          label={t('client.statusLabel')}
          values={contractStatuses}
          name={(s) => t(`contract.status.${s}`)}
          value={filter.status}
          onChange={(status) => set({ status })}
        />
      </ListFilters>
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
