import { addDays, weekdayOf } from '../../../platform/days.ts';

/** A baselined task as earned value weighs it. */
export type EvmTask = {
  /** Its share of the budget at completion; the shares add up to 1. */
  weight: number;
  start: string;
  finish: string;
  percentComplete: number;
  /** The top-level element of the work breakdown (a phase) it belongs to. */
  root: string;
};

const workdays = (from: string, to: string) => {
  let n = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) if (weekdayOf(d) < 5) n++;
  return n;
};

/** How much of a task the baseline planned to be done by the end of a day: linear in workdays. */
export function plannedShare(t: Pick<EvmTask, 'start' | 'finish'>, day: string): number {
  if (day < t.start) return 0;
  if (day >= t.finish) return 1;
  const total = workdays(t.start, t.finish);
  return total === 0 ? 1 : workdays(t.start, day) / total;
}

/**
 * The budget shares of baselined tasks: by their estimated hours, or equal when none is
 * estimated. Parent tasks (which span others) carry no share of their own.
 */
export function weights(tasks: { estimateHours: number; leaf: boolean }[]): number[] {
  const hours = tasks.map((t) => (t.leaf ? t.estimateHours : 0));
  const total = hours.reduce((a, b) => a + b, 0);
  const leaves = tasks.filter((t) => t.leaf).length;
  return tasks.map((t, i) => (total > 0 ? (hours[i] ?? 0) / total : t.leaf ? 1 / leaves : 0));
}

export const plannedValue = (bac: number, tasks: EvmTask[], day: string) =>
  Math.round(bac * tasks.reduce((s, t) => s + t.weight * plannedShare(t, day), 0));

export const earnedValue = (bac: number, tasks: EvmTask[]) =>
  Math.round(bac * tasks.reduce((s, t) => s + (t.weight * t.percentComplete) / 100, 0));

/** EV from deliverables: each of them an equal share of the budget, earned once accepted. */
export const deliveredValue = (bac: number, accepted: number, total: number) =>
  total === 0 ? 0 : Math.round((bac * accepted) / total);

/** Each phase's share of BAC, PV and EV: the same sums over its own tasks. */
export function phaseValues(bac: number, tasks: EvmTask[], day: string) {
  const roots = [...new Set(tasks.map((t) => t.root))];
  return roots.map((root) => {
    const own = tasks.filter((t) => t.root === root);
    const share = own.reduce((s, t) => s + t.weight, 0);
    return {
      root,
      bac: Math.round(bac * share),
      pv: plannedValue(bac, own, day),
      ev: earnedValue(bac, own),
    };
  });
}

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 100) / 100);

/**
 * The indices and forecasts from planned value, earned value and actual cost: SPI = EV / PV,
 * CPI = EV / AC, EAC = BAC / CPI, ETC = EAC − AC, VAC = BAC − EAC. Null where a divisor is 0.
 */
export function indices(bac: number, pv: number, ev: number, ac: number) {
  const spi = ratio(ev, pv);
  const cpi = ratio(ev, ac);
  const eac = cpi ? Math.round(bac / (ev / ac)) : null;
  return {
    spi,
    cpi,
    eac,
    etc: eac === null ? null : eac - ac,
    vac: eac === null ? null : bac - eac,
  };
}
