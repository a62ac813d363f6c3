import { useTranslation } from 'react-i18next';
import { Chart } from '../../../components/Chart';
import { type Evaluation, scoreText } from '../evaluations-api';

/** Final scores over time, oldest first, with the grade on each point. */
export function EvaluationTrend({ evaluations }: { evaluations: Evaluation[] }) {
  const { t } = useTranslation();
  const finals = evaluations
    .filter((e) => e.status === 'final' && e.score !== null)
    .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
  if (finals.length < 2) return null;
  return (
    <Chart
      label={t('evaluation.trend')}
      height={220}
      option={{
        tooltip: { trigger: 'axis' },
        grid: { left: 40, right: 24, top: 24, bottom: 32 },
        xAxis: { type: 'category', data: finals.map((e) => e.periodEnd) },
        yAxis: { type: 'value', min: 1, max: 5 },
        series: [
          {
            name: t('evaluation.score'),
            type: 'line',
            data: finals.map((e) => Number(scoreText(e.score))),
            label: {
              show: true,
              formatter: (p: { dataIndex: number }) =>
                `${finals[p.dataIndex]?.grade ?? ''} ${scoreText(finals[p.dataIndex]?.score)}`,
            },
          },
        ],
      }}
    />
  );
}
