import { DateTime } from 'luxon';
import { addDays } from '../../../platform/days.ts';
import { Dec, roundMinor } from '../../../platform/money.ts';

/**
 * The fee of one month of a contract, which service credits are a share of: its value spread
 * evenly over the months of its term (at least one). Rounded to the minor unit.
 */
export function monthlyFee(c: {
  valueMinor: number;
  startDate: string | null;
  endDate: string | null;
}) {
  if (!c.startDate || !c.endDate) return c.valueMinor;
  const months = DateTime.fromISO(addDays(c.endDate, 1))
    .diff(DateTime.fromISO(c.startDate), 'months')
    .as('months');
  return roundMinor(new Dec(c.valueMinor).div(Math.max(1, Math.round(months))));
}

/**
 * A line's service credit: its percentage of the month's fee for each breach, up to its cap
 * (both percentages of the fee).
 */
export function creditFor(
  feeMinor: number,
  line: { creditPercent: number; creditCapPercent: number },
  breaches: number,
) {
  const percent = Dec.min(new Dec(line.creditPercent).times(breaches), line.creditCapPercent);
  return { percent: percent.toString(), amountMinor: roundMinor(percent.times(feeMinor).div(100)) };
}
