import { z } from 'zod';

export const importBody = z.strictObject({
  format: z.enum(['csv', 'xlsx']),
  /** CSV text, or the .xlsx file in base64. */
  content: z
    .string()
    .min(1)
    .max(12 * 1024 * 1024),
  /** all: nothing is written when any row has an error; valid: the good rows are. */
  mode: z.enum(['all', 'valid']).default('all'),
});

const rowSchema = z.object({
  /** The row's line in the file: the header is row 1. */
  row: z.number().int(),
  values: z.record(z.string(), z.string()),
  errors: z.record(z.string(), z.array(z.string())),
});

export const previewSchema = z
  .object({ rows: z.array(rowSchema), valid: z.number().int(), invalid: z.number().int() })
  .meta({ id: 'ImportPreview' });

export const importResultSchema = z
  .object({
    created: z.number().int(),
    skipped: z.number().int(),
    rows: z.array(rowSchema),
  })
  .meta({ id: 'ImportResult' });
