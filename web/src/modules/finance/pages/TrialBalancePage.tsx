import { Alert, Card, DatePicker, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../components/local-name';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type TrialBalance, useTrialBalance } from '../api';

type Row = TrialBalance['rows'][number];

/** Opening, debits, credits and closing per account over a range; the totals must agree. */
export default function TrialBalancePage() {
  const { t, i18n } = useTranslation();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('year'), dayjs()]);
  const balance = useTrialBalance({
    from: range[0].format('YYYY-MM-DD'),
    to: range[1].format('YYYY-MM-DD'),
  });
  const tb = balance.data;
  const money = (minor: number) => <Money minor={minor} currency={tb?.currency ?? 'CNY'} />;
  return (
    <Card
      title={t('nav.trialBalance')}
      extra={
        <DatePicker.RangePicker
          allowClear={false}
          value={range}
          aria-label={t('ledger.range')}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
        />
      }
    >
      <ProblemAlert error={balance.error} />
      {tb && (
        <Alert
          style={{ marginBottom: 12 }}
          type={tb.totals.balanced ? 'success' : 'error'}
          showIcon
          title={tb.totals.balanced ? t('ledger.balanced') : t('ledger.unbalanced')}
        />
      )}
      <Table<Row>
        rowKey={(r) => r.account.id}
        size="small"
        pagination={false}
        loading={balance.isFetching}
        dataSource={tb?.rows}
        columns={[
          { title: t('ledger.code'), key: 'code', width: 100, render: (_, r) => r.account.code },
          {
            title: t('ledger.account'),
            key: 'name',
            render: (_, r) => localName(r.account, i18n.language),
          },
          {
            title: t('ledger.opening'),
            dataIndex: 'openingMinor',
            align: 'right',
            render: money,
          },
          { title: t('ledger.debit'), dataIndex: 'debitMinor', align: 'right', render: money },
          { title: t('ledger.credit'), dataIndex: 'creditMinor', align: 'right', render: money },
          {
            title: t('ledger.closing'),
            dataIndex: 'closingMinor',
            align: 'right',
            render: money,
          },
        ]}
        summary={() =>
          tb && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={3}>
                {t('ledger.totals')}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {money(tb.totals.debitMinor)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {money(tb.totals.creditMinor)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} />
            </Table.Summary.Row>
          )
        }
      />
      <p style={{ marginTop: 12 }}>{t('ledger.signHint')}</p>
    </Card>
  );
}
