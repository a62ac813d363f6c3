import { z } from 'zod';

export const idParam = z.object({ id: z.uuid() });
/** An instant the API answers with: ISO 8601 in UTC, `2026-12-03T08:00:00.000Z`. */
export const isoTimestamp = z.iso.datetime();
/**
 * An instant a caller sends: any RFC 3339 offset (`+08:00` as well as `Z`), read as the same
 * moment in UTC, so services and storage see one representation.
 */
export const instantInput = z.iso
  .datetime({ offset: true })
  .transform((value) => new Date(value).toISOString());
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
