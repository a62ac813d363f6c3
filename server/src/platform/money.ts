import { Decimal } from 'decimal.js';
import { z } from 'zod';

const known = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 code the runtime knows, e.g. CNY, EUR, USD. */
export const currencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'a three-letter ISO 4217 code such as CNY')
  .refine((c) => known.has(c), 'not a known ISO 4217 currency');

/** A rate, share or percentage as a decimal fraction from 0 to 1 with up to four places: 0.06. */
export const fraction = z
  .string()
  .regex(/^(0(\.\d{1,4})?|1(\.0{1,4})?)$/, 'a fraction from 0 to 1, such as 0.06');

/** Money is an integer count of the currency's minor units (fen, cents) beside its code. */
export const minorUnits = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/**
 * Decimal arithmetic for rates, exchange rates, tax and percentages: never binary floating
 * point. Forty significant digits hold any product of a safe integer and a rate exactly.
 */
export const Dec = Decimal.clone({ precision: 40 });
export type Dec = Decimal;

/** How a figure that falls between two minor units is settled: a workspace chooses. */
export const roundingModes = ['half_up', 'half_even'] as const;
export type RoundingMode = (typeof roundingModes)[number];

const decimalModes = {
  // Half away from zero: 0.5 → 1, -0.5 → -1 (what most people call rounding half up).
  half_up: Decimal.ROUND_HALF_UP,
  // Banker's rounding: 0.5 → 0, 1.5 → 2.
  half_even: Decimal.ROUND_HALF_EVEN,
} as const;

/** An exact figure rounded to a whole number of minor units; fails loudly past 2^53. */
export function roundMinor(exact: Decimal.Value, mode: RoundingMode = 'half_up'): number {
  const n = new Dec(exact).toDecimalPlaces(0, decimalModes[mode]).toNumber();
  if (!Number.isSafeInteger(n)) throw new RangeError(`${exact} minor units is out of range`);
  // -0 and 0 are one amount.
  return n === 0 ? 0 : n;
}

/** How many minor units a currency's major unit holds as a power of ten: 2 for CNY, 0 for JPY. */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits as number;
}

/**
 * An amount in minor units of `from` converted exactly (not yet rounded), with a rate meaning
 * "one unit of `from` is `rate` units of `to`".
 */
export function convertExact(amountMinor: number, from: string, to: string, rate: string): Dec {
  return new Dec(amountMinor).times(rate).times(Dec.pow(10, minorDigits(to) - minorDigits(from)));
}

/** The same conversion rounded to the target's minor unit (half away from zero by default). */
export function convertMinor(
  amountMinor: number,
  from: string,
  to: string,
  rate: string,
  mode: RoundingMode = 'half_up',
): number {
  return roundMinor(convertExact(amountMinor, from, to, rate), mode);
}

/** The rate the other way round: one unit of `to` in units of `from`. */
export function inverseRate(rate: string): string {
  return new Dec(1).div(rate).toString();
}

/** Minor units as a decimal string in major units, for files other software reads: "413.40". */
export function majorString(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  return new Dec(minor).div(Dec.pow(10, digits)).toFixed(digits);
}

/**
 * Splits `total` minor units over parts in proportion to their signed `weights` (a discount
 * line takes a negative share), largest remainders first, so the shares add up to `total`.
 */
export function allocateMinor(total: number, weights: Dec[]): number[] {
  const sum = weights.reduce((a, w) => a.plus(w), new Dec(0));
  if (sum.isZero()) return weights.map((_, i) => (i === 0 ? total : 0));
  const shares = weights.map((w) => new Dec(total).times(w).div(sum));
  const floors = shares.map((s) => s.floor().toNumber());
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = shares
    .map((s, i) => ({ i, rest: s.minus(s.floor()) }))
    .sort((a, b) => b.rest.comparedTo(a.rest) || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    floors[i] = (floors[i] as number) + 1;
    left--;
  }
  return floors;
}
