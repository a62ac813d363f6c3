import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';

export const MAX_LIMIT = 200;

/** Paging every list accepts, whatever else it filters by. */
export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(50),
  cursor: z.string().max(500).optional(),
});

/** Query fields of a searchable list; modules extend it with their filters and sort keys. */
export const listQuery = pageQuery.extend({ q: z.string().trim().max(200).optional() });

export type PageQuery = { limit: number; cursor?: string | undefined };
export type Page<T> = { items: T[]; nextCursor: string | null };

/** The one list envelope: every list answers a page of items and the cursor of the next. */
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

const positionKey = z.object({ offset: z.number().int().min(0) });

/**
 * A page of a list read whole. A record's parts, catalogues and reports are small and bounded,
 * so they page by position rather than by a sort key: the cursor holds the next row's offset.
 */
export function pageFromAll<T>(rows: readonly T[], query: PageQuery): Page<T> {
  const start = decodeCursor(positionKey, query.cursor)?.offset ?? 0;
  const end = start + query.limit;
  return {
    items: rows.slice(start, end),
    nextCursor: end < rows.length ? encodeCursor({ offset: end }) : null,
  };
}

/** Repositories fetch limit + 1 rows: the extra one tells whether another page exists. */
export function toPage<R, I>(
  rows: R[],
  limit: number,
  present: (row: R) => I,
  keyOf: (row: R) => unknown,
): Page<I> {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  const last = kept.at(-1);
  return {
    items: kept.map(present),
    nextCursor: more && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
