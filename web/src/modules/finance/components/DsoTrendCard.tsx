import { Card } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartOption } from '../../../components/Chart';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDsoTrend } from '../api';

/** How many days of sales receivables stood at, month by month: is collection speeding up? */
export function DsoTrendCard() {
  const { t } = useTranslation();
  const trend = useDsoTrend();
  const option = useMemo<ChartOption>(() => {
    const months = trend.data?.months ?? [];
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 8, bottom: 8, top: 16, containLabel: true },
      xAxis: { type: 'category', data: months.map((m) => m.month) },
      yAxis: { type: 'value', name: t('aging.days') },
      series: [
        { name: t('aging.dso'), type: 'line', connectNulls: false, data: months.map((m) => m.dso) },
      ],
    };
  }, [trend.data, t]);
  return (
    <Card size="small" title={t('aging.dsoTrend')} style={{ marginTop: 16 }}>
      <ProblemAlert error={trend.error} />
      <Chart option={option} label={t('aging.dsoTrend')} height={220} />
    </Card>
  );
}
