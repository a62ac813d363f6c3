import { z } from 'zod';

const known = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 code the runtime knows, e.g. CNY, EUR, USD. */
export const currencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'a three-letter ISO 4217 code such as CNY')
  .refine((c) => known.has(c), 'not a known ISO 4217 currency');

/** Money is an integer count of the currency's minor units (fen, cents) beside its code. */
export const minorUnits = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
