import { convertMinor, Dec, roundMinor } from '../../platform/money.ts';
import type { RateUnit } from '../contracts/index.ts';

/** A day rate covers this many hours. */
export const HOURS_PER_DAY = 8;

export type Rate = { rateMinor: number; unit: RateUnit; currency: string };
/** One unit of a currency in the base currency, as it stood on the entry's day. */
export type Fx = { baseCurrency: string; rate: string };

/** Minutes at a rate, in the rate's minor units, rounded half up to a whole minor unit. */
export function amountFor(minutes: number, rate: Pick<Rate, 'rateMinor' | 'unit'>): number {
  const perHourDivisor = rate.unit === 'day' ? 60 * HOURS_PER_DAY : 60;
  return roundMinor(new Dec(minutes).times(rate.rateMinor).div(perHourDivisor));
}

/** A value at a rate and its equivalent in the base currency. */
export function priced(minutes: number, rate: Rate, fx: Fx) {
  const minor = amountFor(minutes, rate);
  return {
    rateMinor: rate.rateMinor,
    unit: rate.unit,
    currency: rate.currency,
    minor,
    fxRate: fx.rate,
    baseMinor: convertMinor(minor, rate.currency, fx.baseCurrency, fx.rate),
  };
}
export type Priced = ReturnType<typeof priced>;
