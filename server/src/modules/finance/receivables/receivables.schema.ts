import { z } from 'zod';
import { versionField } from '../../../platform/http/schemas.ts';

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

const buckets = {
  currentMinor: z.number().int(),
  days1to30Minor: z.number().int(),
  days31to60Minor: z.number().int(),
  days61to90Minor: z.number().int(),
  over90Minor: z.number().int(),
  totalMinor: z.number().int(),
};

/** Receivables by how long past due, per client, in base currency. */
export const agingSchema = z
  .object({
    asOf: z.string(),
    currency: z.string(),
    rows: z.array(z.object({ client: z.object({ id: z.string(), name: z.string() }), ...buckets })),
    totals: z.object(buckets),
  })
  .meta({ id: 'ReceivablesAging' });
