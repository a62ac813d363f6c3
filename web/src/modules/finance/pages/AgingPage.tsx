import { Card, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartOption } from '../../../components/Chart';
import { ExportButton } from '../../../components/ExportButton';
import { Money } from '../../../components/Money';
import { fromMinor } from '../../../components/money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type ReceivablesAging, useAging } from '../api';

type Row = ReceivablesAging['rows'][number];
const buckets = ['current', 'days1to30', 'days31to60', 'days61to90', 'over90'] as const;

/** What each client owes today by days past due, as a table and as stacked bars. */
export default function AgingPage() {
  const { t } = useTranslation();
  const aging = useAging();
  const data = aging.data;
  const currency = data?.currency ?? 'CNY';
  const money = (minor: number) => <Money minor={minor} currency={currency} />;
  const option = useMemo<ChartOption>(() => {
    const rows = (data?.rows ?? []).slice(0, 12);
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 32, containLabel: true },
      xAxis: { type: 'category', data: rows.map((r) => r.client.name) },
      yAxis: { type: 'value' },
      series: buckets.map((b) => ({
        name: t(`aging.${b}`),
        type: 'bar',
        stack: 'owed',
        data: rows.map((r) => fromMinor(r[`${b}Minor`], currency)),
      })),
    };
  }, [data, currency, t]);
  return (
    <Card
      title={t('nav.aging')}
      extra={<ExportButton path="/api/v1/finance/receivables/aging/export" filter={{}} />}
    >
      <Typography.Paragraph type="secondary">{t('aging.hint', { currency })}</Typography.Paragraph>
      <ProblemAlert error={aging.error} />
      {data && data.rows.length > 0 && (
        <Chart option={option} label={t('nav.aging')} height={280} />
      )}
      <Table<Row>
        rowKey={(r) => r.client.id}
        size="small"
        pagination={false}
        loading={aging.isFetching}
        dataSource={data?.rows}
        columns={[
          { title: t('aging.client'), key: 'client', render: (_, r) => r.client.name },
          ...buckets.map((b) => ({
            title: t(`aging.${b}`),
            dataIndex: `${b}Minor`,
            align: 'right' as const,
            render: money,
          })),
          { title: t('aging.total'), dataIndex: 'totalMinor', align: 'right', render: money },
        ]}
        summary={() =>
          data && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('aging.totals')}</Table.Summary.Cell>
              {[...buckets.map((b) => data.totals[`${b}Minor`]), data.totals.totalMinor].map(
                (v, i) => (
                  <Table.Summary.Cell key={buckets[i] ?? 'total'} index={i + 1} align="right">
                    <strong>{money(v)}</strong>
                  </Table.Summary.Cell>
                ),
              )}
            </Table.Summary.Row>
          )
        }
      />
    </Card>
  );
}
