import { z } from 'zod';
import { listQuery } from '../../platform/http/pagination.ts';
import { isoTimestamp } from '../../platform/http/schemas.ts';
import { currencyCode } from '../../platform/money.ts';
import { workerDocuments } from './settings.table.ts';

/** A positive decimal with up to ten places, kept as text so no float rounding creeps in. */
export const decimalRate = z
  .string()
  .regex(/^\d{1,9}(\.\d{1,10})?$/, 'a positive decimal such as 7.1034')
  .refine((v) => Number(v) > 0, 'must be greater than zero');

export const settingsSchema = z
  .object({
    baseCurrency: z.string(),
    marginFloorPercent: z.number().int(),
    /** Documents a supplier worker must hold valid to keep their access. */
    workerDocuments: z.array(z.enum(workerDocuments)),
    /** A project's SPI or CPI below these percentages raises an alert. */
    spiAlertPercent: z.number().int(),
    cpiAlertPercent: z.number().int(),
    /** The base currency is fixed once a contract has locked a rate to it. */
    baseCurrencyLocked: z.boolean(),
  })
  .meta({ id: 'WorkspaceSettings' });

export const settingsUpdateBody = z
  .strictObject({
    baseCurrency: currencyCode,
    marginFloorPercent: z.number().int().min(0).max(100),
    workerDocuments: z.array(z.enum(workerDocuments)).max(workerDocuments.length),
    spiAlertPercent: z.number().int().min(1).max(200),
    cpiAlertPercent: z.number().int().min(1).max(200),
  })
  .partial();

export const exchangeRateBody = z.strictObject({
  currency: currencyCode,
  day: z.iso.date(),
  rate: decimalRate,
});

export const exchangeRateSchema = z
  .object({
    id: z.string(),
    currency: z.string(),
    day: z.string(),
    rate: z.string(),
    updatedAt: isoTimestamp,
  })
  .meta({ id: 'ExchangeRate' });

export const exchangeRateListQuery = listQuery.extend({ currency: currencyCode.optional() });

export const rateOnQuery = z.object({ currency: currencyCode, day: z.iso.date() });

export const rateOnSchema = z
  .object({
    currency: z.string(),
    baseCurrency: z.string(),
    /** The newest rate on or before the day; null when none was entered. */
    rate: z.string().nullable(),
    /** The day that rate was entered for. */
    day: z.string().nullable(),
  })
  .meta({ id: 'RateOn' });
