import { z } from 'zod';
import { versionField } from '../../../platform/http/schemas.ts';
import { bucketsSchema } from '../reports/aging.ts';

const reason = z.string().trim().min(1).max(500);

export const writeOffBody = z.strictObject({
  version: versionField,
  reason,
  /** Today when left out; never in a closed month. */
  postedOn: z.iso.date().optional(),
});

export const disputeBody = z
  .strictObject({ version: versionField, disputed: z.boolean(), reason: reason.optional() })
  .refine((d) => !d.disputed || d.reason, { message: 'Say what is disputed', path: ['reason'] });

/** Receivables by how long past due, per client, in base currency. */
export const agingSchema = z
  .object({
    asOf: z.string(),
    currency: z.string(),
    rows: z.array(bucketsSchema.extend({ client: z.object({ id: z.string(), name: z.string() }) })),
    totals: bucketsSchema,
  })
  .meta({ id: 'ReceivablesAging' });

export const exposureSchema = z
  .object({
    currency: z.string(),
    openMinor: z.number().int(),
    overdueMinor: z.number().int(),
    creditLimitMinor: z.number().int().nullable(),
    /** The limit less what is open; below zero past the limit. */
    availableMinor: z.number().int().nullable(),
    overLimit: z.boolean(),
    /** Days sales outstanding over the last ninety days of invoicing. */
    dsoDays: z.number().int().nullable(),
  })
  .meta({ id: 'ClientExposure' });
