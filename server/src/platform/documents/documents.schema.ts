import { z } from 'zod';
import { isoTimestamp } from '../http/schemas.ts';

export const documentVersionSchema = z.object({
  version: z.number().int(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: isoTimestamp,
  uploadedBy: z.string().nullable(),
});

export const documentSchema = z
  .object({
    id: z.uuid(),
    category: z.string(),
    name: z.string(),
    latestVersion: z.number().int(),
    createdAt: isoTimestamp,
    /** Newest first. */
    versions: z.array(documentVersionSchema),
  })
  .meta({ id: 'Document' });

/** The text fields sent beside the file. */
export const uploadFields = (categories: readonly [string, ...string[]]) =>
  z
    .object({
      category: z.enum(categories),
      /** Defaults to the file's name. */
      name: z.string().trim().min(1).max(200).optional(),
    })
    .strict();
