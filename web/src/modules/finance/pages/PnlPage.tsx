import { Button, Card, DatePicker, Segmented, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartOption } from '../../../components/Chart';
import { ExportButton } from '../../../components/ExportButton';
import { Money } from '../../../components/Money';
import { fromMinor } from '../../../components/money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type PnlFigure, type ProfitAndLoss, usePnl } from '../api';
import { type OpenFigure, PnlSourcesDrawer } from '../components/PnlSourcesDrawer';

type Row = ProfitAndLoss['rows'][number];
type By = ProfitAndLoss['by'];

/**
 * Profit and loss over months, by project, client or month: revenue as each contract earns it,
 * cost as approved time, bills and expenses put it, gross margin and margin %, with the
 * monthly trend as a chart.
 */
export default function PnlPage() {
  const { t } = useTranslation();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([
    dayjs().startOf('year'),
    dayjs().endOf('month'),
  ]);
  const [by, setBy] = useState<By>('project');
  const query = {
    from: range[0].startOf('month').format('YYYY-MM-DD'),
    to: range[1].endOf('month').format('YYYY-MM-DD'),
  };
  const pnl = usePnl({ ...query, by });
  const trend = usePnl({ ...query, by: 'month' });
  const currency = pnl.data?.currency ?? 'CNY';
  const money = (minor: number) => <Money minor={minor} currency={currency} />;
  const [opened, setOpened] = useState<OpenFigure | null>(null);
  /** A project's figure opens what it is made of; other groupings show the figure only. */
  const figure = (name: PnlFigure) => (minor: number, row: Row) =>
    by === 'project' ? (
      <Button
        type="link"
        size="small"
        onClick={() =>
          setOpened({ ...query, projectId: row.key, project: row.label, figure: name })
        }
      >
        {money(minor)}
      </Button>
    ) : (
      money(minor)
    );
  const option = useMemo<ChartOption>(() => {
    const rows = trend.data?.rows ?? [];
    const series = (key: 'revenueMinor' | 'grossMarginMinor', name: string) => ({
      name,
      type: 'line',
      data: rows.map((r) => fromMinor(r[key], currency)),
    });
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 32, containLabel: true },
      xAxis: { type: 'category', data: rows.map((r) => r.key) },
      yAxis: { type: 'value' },
      series: [
        series('revenueMinor', t('pnl.revenue')),
        {
          name: t('pnl.cost'),
          type: 'line',
          data: rows.map((r) =>
            fromMinor(r.labourCostMinor + r.subcontractCostMinor + r.expensesMinor, currency),
          ),
        },
        series('grossMarginMinor', t('pnl.margin')),
      ],
    };
  }, [trend.data, currency, t]);
  const totals = pnl.data?.totals;
  return (
    <Card
      title={t('nav.pnl')}
      extra={<ExportButton path="/api/v1/finance/reports/pnl/export" filter={{ ...query, by }} />}
    >
      <Typography.Paragraph type="secondary">
        {t('pnl.hint', { currency })} {t('pnl.sourceHint')}
      </Typography.Paragraph>
      <Space style={{ marginBottom: 12 }} wrap>
        <DatePicker.RangePicker
          picker="month"
          allowClear={false}
          value={range}
          aria-label={t('pnl.months')}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
        />
        <Segmented<By>
          value={by}
          onChange={setBy}
          options={(['project', 'client', 'month'] as const).map((v) => ({
            value: v,
            label: t(`pnl.by.${v}`),
          }))}
        />
      </Space>
      <ProblemAlert error={pnl.error ?? trend.error} />
      {(trend.data?.rows.length ?? 0) > 1 && (
        <Chart option={option} label={t('pnl.trend')} height={260} />
      )}
      <Table<Row>
        rowKey="key"
        size="small"
        pagination={false}
        loading={pnl.isFetching}
        dataSource={pnl.data?.rows}
        columns={[
          { title: t(`pnl.by.${by}`), dataIndex: 'label' },
          { title: t('pnl.hours'), dataIndex: 'hours', align: 'right' },
          {
            title: t('pnl.revenue'),
            dataIndex: 'revenueMinor',
            align: 'right',
            render: figure('revenue'),
          },
          {
            title: t('pnl.labour'),
            dataIndex: 'labourCostMinor',
            align: 'right',
            render: figure('labour'),
          },
          {
            title: t('pnl.subcontract'),
            dataIndex: 'subcontractCostMinor',
            align: 'right',
            render: figure('subcontract'),
          },
          {
            title: t('pnl.expenses'),
            dataIndex: 'expensesMinor',
            align: 'right',
            render: figure('expenses'),
          },
          { title: t('pnl.margin'), dataIndex: 'grossMarginMinor', align: 'right', render: money },
          {
            title: t('pnl.marginPercent'),
            dataIndex: 'marginPercent',
            align: 'right',
            render: (v: string | null) => (v === null ? '—' : `${v}%`),
          },
        ]}
        summary={() =>
          totals && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('pnl.total')}</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {totals.hours}
              </Table.Summary.Cell>
              {[
                totals.revenueMinor,
                totals.labourCostMinor,
                totals.subcontractCostMinor,
                totals.expensesMinor,
                totals.grossMarginMinor,
              ].map((v, i) => (
                <Table.Summary.Cell
                  key={['rev', 'lab', 'sub', 'exp', 'mar'][i]}
                  index={i + 2}
                  align="right"
                >
                  <strong>{money(v)}</strong>
                </Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={6} align="right">
                {totals.marginPercent === null ? '—' : `${totals.marginPercent}%`}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )
        }
      />
      <PnlSourcesDrawer open={opened} onClose={() => setOpened(null)} />
    </Card>
  );
}
