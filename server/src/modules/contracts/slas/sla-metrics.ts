import type { SlaMetric } from '../contracts.table.ts';

type MetricInfo = { unit: 'minutes' | 'percent' | 'score'; lowerIsBetter: boolean; max: number };

/** How each SLA metric is measured, and which way is better. */
export const metricInfo: Record<SlaMetric, MetricInfo> = {
  first_response_time: { unit: 'minutes', lowerIsBetter: true, max: 1_000_000 },
  resolution_time: { unit: 'minutes', lowerIsBetter: true, max: 1_000_000 },
  availability: { unit: 'percent', lowerIsBetter: false, max: 100 },
  on_time_delivery: { unit: 'percent', lowerIsBetter: false, max: 100 },
  defect_rate: { unit: 'percent', lowerIsBetter: true, max: 100 },
  csat: { unit: 'score', lowerIsBetter: false, max: 5 },
};

/**
 * The supplier's target for a client target, tighter by a percentage: times and defect
 * rates shrink by it (8 h at 25% → 6 h); percentages and scores close that share of the gap
 * to their best (99.0% at 50% → 99.5%). Rounded to what people write: whole minutes, two
 * decimals otherwise.
 */
export function tightened(metric: SlaMetric, target: number, percent: number): number {
  const info = metricInfo[metric];
  const value = info.lowerIsBetter
    ? target * (1 - percent / 100)
    : target + (info.max - target) * (percent / 100);
  return info.unit === 'minutes' ? Math.round(value) : Math.round(value * 100) / 100;
}
