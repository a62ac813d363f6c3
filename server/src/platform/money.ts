import { z } from 'zod';

const known = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 code the runtime knows, e.g. CNY, EUR, USD. */
export const currencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'a three-letter ISO 4217 code such as CNY')
  .refine((c) => known.has(c), 'not a known ISO 4217 currency');

/** Money is an integer count of the currency's minor units (fen, cents) beside its code. */
export const minorUnits = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** How many minor units a currency's major unit holds as a power of ten: 2 for CNY, 0 for JPY. */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits as number;
}

/**
 * Converts minor units with a rate meaning "one unit of `from` is `rate` units of `to`",
 * rounding half away from zero to the target's minor unit.
 */
export function convertMinor(amountMinor: number, from: string, to: string, rate: string): number {
  const major = amountMinor / 10 ** minorDigits(from);
  const converted = major * Number(rate) * 10 ** minorDigits(to);
  return Math.sign(converted) * Math.round(Math.abs(converted));
}
