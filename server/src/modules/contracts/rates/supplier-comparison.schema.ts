import { z } from 'zod';
import { positionRefSchema } from '../../settings/index.ts';
import { supplierProfileSchema } from '../../suppliers/index.ts';

export const comparisonQuery = z.strictObject({
  ids: z
    .string()
    .transform((s) => [...new Set(s.split(',').filter(Boolean))])
    .pipe(z.array(z.uuid()).min(1).max(6)),
});

export const supplierComparisonSchema = supplierProfileSchema
  .extend({
    rates: z.array(
      z.object({
        position: positionRefSchema,
        seniority: z.string(),
        unit: z.string(),
        rateMinor: z.number().int(),
        currency: z.string(),
      }),
    ),
  })
  .meta({ id: 'SupplierComparison' });
