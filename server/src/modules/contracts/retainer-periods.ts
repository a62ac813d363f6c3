import { addDays, daysBetween } from '../../platform/days.ts';
import type { RetainerPeriod } from './contracts.table.ts';

/** A stretch of days, both ends included. */
export type Period = { from: string; to: string };

type Retainer = { startDate: string; endDate: string | null; retainerPeriod: RetainerPeriod };
type Valued = Retainer & { valueMinor: number };

/** A term without an end runs on; its one period ends at the end of days. */
const OPEN_END = '9999-12-31';

/** The first day of the calendar month or quarter `day` falls in. */
function periodStart(day: string, period: 'month' | 'quarter'): string {
  const month = Number(day.slice(5, 7));
  const first = period === 'month' ? month : month - ((month - 1) % 3);
  return `${day.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
}

/** The first day of the next month or quarter after the one starting on `start`. */
function nextStart(start: string, period: 'month' | 'quarter'): string {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + (period === 'month' ? 1 : 3));
  return d.toISOString().slice(0, 10);
}

/**
 * The retainer period a day falls in: the whole term, or its calendar month or quarter, cut
 * to the term's start and end (days as YYYY-MM-DD sort as they fall).
 */
export function retainerPeriodOf(r: Retainer, day: string): Period {
  const end = r.endDate ?? OPEN_END;
  if (r.retainerPeriod === 'term') return { from: r.startDate, to: end };
  const start = periodStart(day, r.retainerPeriod);
  const to = addDays(nextStart(start, r.retainerPeriod), -1);
  return { from: [start, r.startDate].sort()[1] as string, to: [to, end].sort()[0] as string };
}

/** The retainer's periods that have begun by a day, in order. */
export function retainerPeriodsBegunBy(r: Retainer, day: string): Period[] {
  const periods: Period[] = [];
  const last = r.endDate && r.endDate < day ? r.endDate : day;
  for (let at = r.startDate; at <= last; ) {
    const period = retainerPeriodOf(r, at);
    periods.push(period);
    if (period.to >= OPEN_END) break;
    at = addDays(period.to, 1);
  }
  return periods;
}

/**
 * The retainer's blocks begun by a day with what each is worth: the contract's value split
 * evenly over all its periods, the last taking what division leaves, so they add up exactly.
 */
export function retainerBlocks(r: Valued, day: string) {
  if (r.retainerPeriod === 'term') {
    return retainerPeriodsBegunBy(r, day).map((period) => ({ period, amountMinor: r.valueMinor }));
  }
  const count = retainerPeriodsBegunBy(r, r.endDate ?? day).length;
  const share = (i: number) =>
    Math.floor((r.valueMinor * (i + 1)) / count) - Math.floor((r.valueMinor * i) / count);
  return retainerPeriodsBegunBy(r, day).map((period, i) => ({ period, amountMinor: share(i) }));
}

/**
 * What of a block is earned by the end of a day: straight-line over its period's days, as
 * the client pays for us standing ready. A term without an end is earned when it begins.
 */
export function retainerEarnedBy(block: { period: Period; amountMinor: number }, day: string) {
  const { from, to } = block.period;
  if (day < from) return 0;
  if (day >= to || to === OPEN_END) return block.amountMinor;
  const run = daysBetween(from, day) + 1;
  return Math.round((block.amountMinor * run) / (daysBetween(from, to) + 1));
}
