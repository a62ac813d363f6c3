import { Button, Card, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../../components/ExportButton';
import { LoadMore } from '../../../components/LoadMore';
import { localName } from '../../../components/local-name';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission, useMe } from '../../auth/api';
import {
  type JournalFilter,
  type JournalSummary,
  useAccounts,
  useJournals,
  usePeriods,
} from '../api';
import { JournalDrawer } from '../components/JournalDrawer';
import { JournalForm } from '../components/JournalForm';

type Filter = Omit<JournalFilter, 'cursor' | 'limit'>;

/** Every journal, newest first, by month, account or source; each opens with its lines. */
export default function JournalsPage() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const currency = me?.workspace?.baseCurrency ?? 'CNY';
  const canWrite = useHasPermission()('finance:write');
  const [filter, setFilter] = useState<Filter>({});
  const [open, setOpen] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const journals = useJournals(filter);
  const accounts = useAccounts(true);
  const periods = usePeriods();
  const rows = journals.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card
      title={t('nav.journals')}
      extra={
        <Space>
          <ExportButton path="/api/v1/finance/journals/export" filter={filter} />
          {canWrite && (
            <Button type="primary" onClick={() => setAdding(true)}>
              {t('ledger.newJournal')}
            </Button>
          )}
        </Space>
      }
    >
      <Form
        layout="inline"
        style={{ marginBottom: 12, rowGap: 8 }}
        onValuesChange={(_, v: Filter) =>
          setFilter(Object.fromEntries(Object.entries(v).filter(([, x]) => x)) as Filter)
        }
      >
        <Form.Item name="period">
          <Select
            allowClear
            style={{ width: 130 }}
            placeholder={t('ledger.period')}
            aria-label={t('ledger.period')}
            options={(periods.data ?? []).map((p) => ({ value: p.period, label: p.period }))}
          />
        </Form.Item>
        <Form.Item name="accountId">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ width: 240 }}
            placeholder={t('ledger.account')}
            aria-label={t('ledger.account')}
            options={(accounts.data ?? []).map((a) => ({
              value: a.id,
              label: `${a.code} ${localName(a, i18n.language)}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="sourceType">
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('ledger.source')}
            aria-label={t('ledger.source')}
            options={(['manual', 'reversal', 'invoice', 'credit_note'] as const).map((s) => ({
              value: s,
              label: t(`ledger.sources.${s}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="q">
          <Input.Search allowClear placeholder={t('ledger.search')} style={{ width: 220 }} />
        </Form.Item>
      </Form>
      <ProblemAlert error={journals.error} />
      <Table<JournalSummary>
        rowKey="id"
        size="small"
        pagination={false}
        loading={journals.isFetching}
        dataSource={rows}
        onRow={(j) => ({ onClick: () => setOpen(j.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('ledger.number'), dataIndex: 'number', width: 140 },
          { title: t('ledger.postedOn'), dataIndex: 'postedOn', width: 120 },
          { title: t('ledger.description'), dataIndex: 'description' },
          {
            title: t('ledger.source'),
            key: 'source',
            width: 160,
            render: (_, j) => (
              <>
                <Tag>{t(`ledger.sources.${j.sourceType}`)}</Tag>
                {j.reversedById && <Tag color="orange">{t('ledger.reversed')}</Tag>}
              </>
            ),
          },
          {
            title: t('ledger.total'),
            dataIndex: 'totalMinor',
            align: 'right',
            render: (v: number, j) => <Money minor={v} currency={j.currency} />,
          },
        ]}
      />
      <LoadMore pages={journals} />
      {open && <JournalDrawer id={open} onOpen={setOpen} onClose={() => setOpen(null)} />}
      {adding && <JournalForm currency={currency} onClose={() => setAdding(false)} />}
    </Card>
  );
}
