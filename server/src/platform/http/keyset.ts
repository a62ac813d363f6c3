import { type SelectQueryBuilder, sql } from 'kysely';
import { z } from 'zod';
import { decodeCursor, invalidCursor, toPage } from './pagination.ts';

/** A list's sort keys, each naming a column that is indexed together with the tie-breaker. */
export type SortColumns = Record<string, string>;

/** `?sort=` accepts a key or `-key` (descending) from the list's allow-list only. */
export function sortParam<C extends SortColumns>(
  columns: C,
  fallback: `${'' | '-'}${keyof C & string}`,
) {
  const keys = Object.keys(columns);
  return z
    .enum([...keys, ...keys.map((k) => `-${k}`)] as [string, ...string[]])
    .default(fallback)
    .describe(`One of ${keys.join(', ')}; prefix with - for descending`);
}

export type Keyset = {
  sort: string;
  column: string;
  tie: string;
  desc: boolean;
  after: { v: string; id: string } | null;
};

const cursorSchema = z.object({ s: z.string(), v: z.string(), id: z.string() });

/** Reads `sort` and `cursor` together: a cursor only continues the sort it was made for. */
export function keyset(
  columns: SortColumns,
  tie: string,
  sort: string,
  cursor: string | undefined,
): Keyset {
  const desc = sort.startsWith('-');
  const column = columns[desc ? sort.slice(1) : sort];
  if (!column) throw new Error(`sort ${sort} is not in the allow-list`);
  const decoded = decodeCursor(cursorSchema, cursor);
  if (decoded && decoded.s !== sort) throw invalidCursor();
  return { sort, column, tie, desc, after: decoded ? { v: decoded.v, id: decoded.id } : null };
}

/** Newest first by creation, the id breaking ties between rows made together: feeds. */
export const newestFirst = (cursor: string | undefined) =>
  keyset({ createdAt: 'created_at' }, 'id', '-createdAt', cursor);

type SortFields = { sort_value: string; sort_tie: string };

/**
 * Orders by the sort column then the tie-breaker, continues after the cursor's row, and
 * fetches one row more than the page to learn whether another page follows.
 */
export function applyKeyset<DB, TB extends keyof DB, O>(
  qb: SelectQueryBuilder<DB, TB, O>,
  k: Keyset,
  limit: number,
) {
  const op = k.desc ? '<' : '>';
  const dir = k.desc ? 'desc' : 'asc';
  const col = sql.ref(k.column);
  const tie = sql.ref(k.tie);
  const after = k.after;
  const scoped = after
    ? qb.where(({ eb, or, and }) =>
        or([eb(col, op, after.v), and([eb(col, '=', after.v), eb(tie, op, after.id)])]),
      )
    : qb;
  return scoped
    .select([sql<string>`${col}`.as('sort_value'), sql<string>`${tie}`.as('sort_tie')])
    .orderBy(col, dir)
    .orderBy(tie, dir)
    .limit(limit + 1) as unknown as SelectQueryBuilder<DB, TB, O & SortFields>;
}

/** A page of presented items and the cursor that continues it. */
export function keysetPage<R extends SortFields, I>(
  rows: R[],
  k: Keyset,
  limit: number,
  present: (row: R) => I,
) {
  return toPage(rows, limit, present, (r) => ({ s: k.sort, v: r.sort_value, id: r.sort_tie }));
}
