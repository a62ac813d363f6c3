import { Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { sortFrom } from '../../../components/list';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type Contract, type ContractFilter, useContracts } from '../api';
import { ContractStatusTag } from './ContractStatusTag';

/** A page of contracts for a filter; sorting and paging go back through `onFilter`. */
export function ContractsTable({
  filter,
  onSort,
  onNext,
}: {
  filter: ContractFilter;
  onSort?: (sort: ContractFilter['sort']) => void;
  onNext?: (cursor: string | null | undefined) => void;
}) {
  const { t } = useTranslation();
  const contracts = useContracts(filter);
  return (
    <>
      <ProblemAlert error={contracts.error} />
      <Table<Contract>
        rowKey="id"
        loading={contracts.isFetching}
        dataSource={contracts.data?.items}
        pagination={false}
        onChange={(_p, _f, sorter) => onSort?.(sortFrom(sorter) as ContractFilter['sort'])}
        columns={[
          {
            title: t('client.number'),
            dataIndex: 'number',
            key: 'number',
            sorter: Boolean(onSort),
            width: 120,
          },
          {
            title: t('contract.title'),
            dataIndex: 'title',
            key: 'title',
            sorter: Boolean(onSort),
            render: (v: string, c) => <Link to={`/contracts/${c.id}`}>{v}</Link>,
          },
          {
            title: t('contract.typeLabel'),
            dataIndex: 'type',
            render: (x) => t(`contract.type.${x}`),
          },
          {
            title: t('contract.counterparty'),
            key: 'party',
            render: (_, c) => `${t(`contract.partyType.${c.partyType}`)} · ${c.counterparty.name}`,
          },
          {
            title: t('client.statusLabel'),
            dataIndex: 'status',
            render: (s) => <ContractStatusTag status={s} />,
          },
          {
            title: t('contract.value'),
            key: 'value',
            align: 'right',
            render: (_, c) => <Money minor={c.valueMinor} currency={c.currency} />,
          },
          {
            title: t('contract.endDate'),
            dataIndex: 'endDate',
            key: 'endDate',
            sorter: Boolean(onSort),
            render: (d) => d ?? '—',
          },
        ]}
      />
      {onNext && contracts.data?.nextCursor && (
        <Button style={{ marginTop: 12 }} onClick={() => onNext(contracts.data?.nextCursor)}>
          {t('common.nextPage')}
        </Button>
      )}
    </>
  );
}
