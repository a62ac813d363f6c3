import { Card, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartOption } from '../../../components/Chart';
import { ExportButton } from '../../../components/ExportButton';
import { Money } from '../../../components/Money';
import { fromMinor } from '../../../components/money';
import { ProblemAlert } from '../../../components/ProblemAlert';

const buckets = ['current', 'days1to30', 'days31to60', 'days61to90', 'over90'] as const;
type Buckets = Record<`${(typeof buckets)[number]}Minor` | 'totalMinor', number>;
export type Aging<R extends Buckets> = {
  asOf: string;
  currency: string;
  rows: R[];
  totals: Buckets;
};

/**
 * An aging (账龄) as a table and as stacked bars: what each client owes us, or what we owe
 * each supplier, today by days past due, in base currency.
 */
export function AgingView<R extends Buckets>({
  title,
  hint,
  exportPath,
  partyTitle,
  party,
  aging,
}: {
  title: string;
  hint: string;
  exportPath: string;
  partyTitle: string;
  party: (row: R) => { id: string; name: string };
  aging: { data?: Aging<R> | undefined; error: unknown; isFetching: boolean };
}) {
  const { t } = useTranslation();
  const data = aging.data;
  const currency = data?.currency ?? 'CNY';
  const money = (minor: number) => <Money minor={minor} currency={currency} />;
  const option = useMemo<ChartOption>(() => {
    const rows = (data?.rows ?? []).slice(0, 12);
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 32, containLabel: true },
      xAxis: { type: 'category', data: rows.map((r) => party(r).name) },
      yAxis: { type: 'value' },
      series: buckets.map((b) => ({
        name: t(`aging.${b}`),
        type: 'bar',
        stack: 'owed',
        data: rows.map((r) => fromMinor(r[`${b}Minor`], currency)),
      })),
    };
  }, [data, currency, t, party]);
  return (
    <Card title={title} extra={<ExportButton path={exportPath} filter={{}} />}>
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      <ProblemAlert error={aging.error} />
      {data && data.rows.length > 0 && <Chart option={option} label={title} height={280} />}
      <Table<R>
        rowKey={(r) => party(r).id}
        size="small"
        pagination={false}
        loading={aging.isFetching}
        dataSource={data?.rows}
        columns={[
          { title: partyTitle, key: 'party', render: (_, r) => party(r).name },
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
