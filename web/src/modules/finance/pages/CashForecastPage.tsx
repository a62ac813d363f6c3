import { Card, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartOption } from '../../../components/Chart';
import { ExportButton } from '../../../components/ExportButton';
import { Money } from '../../../components/Money';
import { fromMinor } from '../../../components/money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type CashForecast, useCashForecast } from '../api';

type Week = CashForecast['weeks'][number];

/**
 * The next thirteen weeks of cash: receipts expected from open invoices, supplier bills to
 * pay, and the bank balance they leave, as bars and a line and as a table.
 */
export default function CashForecastPage() {
  const { t } = useTranslation();
  const cash = useCashForecast();
  const data = cash.data;
  const currency = data?.currency ?? 'CNY';
  const money = (minor: number) => <Money minor={minor} currency={currency} />;
  const option = useMemo<ChartOption>(() => {
    const weeks = data?.weeks ?? [];
    const major = (key: 'receiptsMinor' | 'paymentsMinor' | 'closingMinor', sign = 1) =>
      weeks.map((w) => sign * fromMinor(w[key], currency));
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 32, containLabel: true },
      xAxis: { type: 'category', data: weeks.map((w) => w.weekStart) },
      // Weekly flows are small beside the balance: each has an axis of its own.
      yAxis: [{ type: 'value' }, { type: 'value', position: 'right' }],
      series: [
        { name: t('cash.receipts'), type: 'bar', stack: 'flow', data: major('receiptsMinor') },
        { name: t('cash.payments'), type: 'bar', stack: 'flow', data: major('paymentsMinor', -1) },
        { name: t('cash.closing'), type: 'line', yAxisIndex: 1, data: major('closingMinor') },
      ],
    };
  }, [data, currency, t]);
  return (
    <Card
      title={t('nav.cashForecast')}
      extra={<ExportButton path="/api/v1/finance/reports/cash-forecast/export" filter={{}} />}
    >
      <Typography.Paragraph type="secondary">{t('cash.hint', { currency })}</Typography.Paragraph>
      <ProblemAlert error={cash.error} />
      {data && (
        <>
          <Typography.Paragraph>
            {t('cash.opening')}: <strong>{money(data.openingMinor)}</strong>
          </Typography.Paragraph>
          <Chart option={option} label={t('nav.cashForecast')} height={300} />
        </>
      )}
      <Table<Week>
        rowKey="weekStart"
        size="small"
        pagination={false}
        loading={cash.isFetching}
        dataSource={data?.weeks}
        columns={[
          { title: t('cash.week'), dataIndex: 'weekStart' },
          { title: t('cash.receipts'), dataIndex: 'receiptsMinor', align: 'right', render: money },
          { title: t('cash.payments'), dataIndex: 'paymentsMinor', align: 'right', render: money },
          { title: t('cash.net'), dataIndex: 'netMinor', align: 'right', render: money },
          { title: t('cash.closing'), dataIndex: 'closingMinor', align: 'right', render: money },
        ]}
      />
    </Card>
  );
}
