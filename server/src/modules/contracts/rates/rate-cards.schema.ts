import { z } from 'zod';
import { pageOf, pageQuery } from '../../../platform/http/pagination.ts';
import { isoTimestamp } from '../../../platform/http/schemas.ts';
import { minorUnits } from '../../../platform/money.ts';
import { positionRefSchema } from '../../settings/index.ts';
import { rateUnits, seniorities } from '../contracts.table.ts';

export const rateBody = z.strictObject({
  positionId: z.uuid(),
  seniority: z.enum(seniorities),
  unit: z.enum(rateUnits),
  rateMinor: minorUnits,
  effectiveFrom: z.iso.date(),
});

export const rateSchema = z
  .object({
    id: z.string(),
    position: positionRefSchema,
    seniority: z.enum(seniorities),
    unit: z.enum(rateUnits),
    rateMinor: z.number().int(),
    currency: z.string(),
    effectiveFrom: z.string(),
    /** In force on the day asked about (today by default). */
    inForce: z.boolean(),
    createdAt: isoTimestamp,
  })
  .meta({ id: 'Rate' });

export const rateCardSchema = z
  .object({ day: z.string(), currency: z.string(), items: z.array(rateSchema) })
  .meta({ id: 'RateCard' });

/** A page of the card's rates, as every list pages; changes answer the whole card. */
export const rateCardPageSchema = pageOf(rateSchema)
  .extend({ day: z.string(), currency: z.string() })
  .meta({ id: 'RateCardPage' });

export const rateCardQuery = pageQuery.extend({ day: z.iso.date().optional() });

export const rateOnQuery = z.object({
  positionId: z.uuid(),
  seniority: z.enum(seniorities),
  day: z.iso.date(),
});

export const rateOnSchema = z
  .object({
    /** Null when neither the contract nor the workspace default has a rate for it. */
    rate: rateSchema.nullable(),
    source: z.enum(['contract', 'default']).nullable(),
  })
  .meta({ id: 'RateOnDay' });

export const rateParams = z.object({ id: z.uuid(), rateId: z.uuid() });
