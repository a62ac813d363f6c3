import { useTranslation } from 'react-i18next';
import { Chart } from '../../../components/Chart';
import type { FeedbackTrend } from '../api';

/** Twelve months of CSAT (1–5, left) and NPS (−100 to 100, right). */
export function FeedbackTrendChart({ trend }: { trend: FeedbackTrend }) {
  const { t } = useTranslation();
  const months = trend.months;
  return (
    <Chart
      label={t('feedback.trend')}
      height={240}
      option={{
        tooltip: { trigger: 'axis' },
        legend: { data: [t('feedback.csat'), t('feedback.nps')] },
        grid: { left: 40, right: 48, top: 40, bottom: 32 },
        xAxis: { type: 'category', data: months.map((m) => m.month) },
        yAxis: [
          { type: 'value', min: 1, max: 5, name: t('feedback.csat') },
          { type: 'value', min: -100, max: 100, name: t('feedback.nps') },
        ],
        series: [
          {
            name: t('feedback.csat'),
            type: 'line',
            connectNulls: true,
            data: months.map((m) => (m.csatAverage === null ? null : m.csatAverage / 100)),
          },
          {
            name: t('feedback.nps'),
            type: 'line',
            yAxisIndex: 1,
            connectNulls: true,
            data: months.map((m) => m.nps),
          },
        ],
      }}
    />
  );
}
