import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';

export const MAX_LIMIT = 200;

/** Query fields every list accepts; modules extend it with their filters and sort keys. */
export const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(50),
  cursor: z.string().max(500).optional(),
  q: z.string().trim().max(200).optional(),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** Cursors are opaque to clients: base64url JSON of the last row's sort key. */
export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<T extends z.ZodType>(
  schema: T,
  cursor: string | undefined,
): z.infer<T> | null {
  if (!cursor) return null;
  try {
    return schema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw invalidCursor();
  }
}

export const invalidCursor = () =>
  new AppError('validation_failed', 'The cursor is not valid', {
    fields: { 'querystring.cursor': ['not a cursor this list returned for this sort'] },
  });

/** Repositories fetch limit + 1 rows: the extra one tells whether another page exists. */
export function toPage<R, I>(
  rows: R[],
  limit: number,
  present: (row: R) => I,
  keyOf: (row: R) => unknown,
): { items: I[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  const last = kept.at(-1);
  return {
    items: kept.map(present),
    nextCursor: more && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
