import { z } from 'zod';

export const idParam = z.object({ id: z.uuid() });
export const isoTimestamp = z.iso.datetime();
/** The version the client read; a stale one gets 409. */
export const versionField = z.number().int().min(1);

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.record(z.string(), z.array(z.string())).optional(),
    requestId: z.string().optional(),
  })
  .meta({ id: 'Problem' });

export const okSchema = z.object({ ok: z.literal(true) });
