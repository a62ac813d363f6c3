import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/LoadMore';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { ExpenseClaimSummary } from '../expenses-api';

type Pages = {
  data?: { pages: { items: ExpenseClaimSummary[] }[] } | undefined;
  error: unknown;
  isFetching: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
};

/** A page of expense claims; a click opens one. */
export function ClaimTable({
  pages,
  onOpen,
  showPerson = false,
}: {
  pages: Pages;
  onOpen: (id: string) => void;
  showPerson?: boolean;
}) {
  const { t } = useTranslation();
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <ProblemAlert error={pages.error} />
      <Table<ExpenseClaimSummary>
        rowKey="id"
        size="small"
        pagination={false}
        loading={pages.isFetching}
        dataSource={rows}
        locale={{ emptyText: t('expense.none') }}
        onRow={(c) => ({ onClick: () => onOpen(c.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('expense.number'), dataIndex: 'number', width: 150 },
          { title: t('expense.title'), dataIndex: 'title' },
          ...(showPerson
            ? [
                {
                  title: t('expense.person'),
                  key: 'person',
                  render: (_: unknown, c: ExpenseClaimSummary) =>
                    c.supplier ? `${c.person.name} · ${c.supplier.name}` : c.person.name,
                },
              ]
            : []),
          {
            title: t('expense.project'),
            key: 'project',
            render: (_, c) => `${c.project.number} ${c.project.name}`,
          },
          {
            title: t('expense.total'),
            key: 'total',
            align: 'right',
            render: (_, c) => <Money minor={c.totalMinor} currency={c.currency} />,
          },
          {
            title: t('expense.status'),
            key: 'status',
            render: (_, c) => <Tag>{t(`expense.statuses.${c.status}`)}</Tag>,
          },
        ]}
      />
      <LoadMore pages={pages} />
    </>
  );
}
