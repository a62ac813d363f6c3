import { useTranslation } from 'react-i18next';
import { Chart } from '../../../components/Chart';
import type { Dashboard } from '../api';

const ageBands = ['under4h', 'under1d', 'under3d', 'older'] as const;

/** Open tickets per priority, stacked by how long they have been open. */
export function OpenByAgeChart({ open }: { open: Dashboard['open'] }) {
  const { t } = useTranslation();
  return (
    <Chart
      label={t('deskDashboard.open')}
      height={220}
      option={{
        tooltip: { trigger: 'axis' },
        legend: { top: 0, data: ageBands.map((b) => t(`deskDashboard.ages.${b}`)) },
        grid: { left: 40, right: 16, top: 40, bottom: 32 },
        xAxis: { type: 'category', data: open.map((p) => t(`ticket.priorities.${p.priority}`)) },
        yAxis: { type: 'value', minInterval: 1 },
        series: ageBands.map((b) => ({
          name: t(`deskDashboard.ages.${b}`),
          type: 'bar',
          stack: 'age',
          data: open.map((p) => p.ages[b]),
        })),
      }}
    />
  );
}

/** Open tickets at the end of each of the last eight weeks. */
export function BacklogChart({ backlog }: { backlog: Dashboard['backlog'] }) {
  const { t } = useTranslation();
  return (
    <Chart
      label={t('deskDashboard.backlog')}
      height={220}
      option={{
        tooltip: { trigger: 'axis' },
        grid: { left: 40, right: 16, top: 24, bottom: 32 },
        xAxis: { type: 'category', data: backlog.map((w) => w.weekEnding) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: t('deskDashboard.backlog'), type: 'line', data: backlog.map((w) => w.open) },
        ],
      }}
    />
  );
}
