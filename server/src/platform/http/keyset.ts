import { type Expression, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import { z } from 'zod';
import { decodeCursor, invalidCursor, toPage } from './pagination.ts';

/**
 * A list's sort keys, each naming a column that is indexed together with the tie-breaker. A
 * trailing `?` marks a column that may be empty: its empty rows come after the others.
 */
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
  nullable: boolean;
  after: { v: string | null; id: string } | null;
};

const cursorSchema = z.object({ s: z.string(), v: z.string().nullable(), id: z.string() });

/** Reads `sort` and `cursor` together: a cursor only continues the sort it was made for. */
export function keyset(
  columns: SortColumns,
  tie: string,
  sort: string,
  cursor: string | undefined,
): Keyset {
  const desc = sort.startsWith('-');
  const named = columns[desc ? sort.slice(1) : sort];
  if (!named) throw new Error(`sort ${sort} is not in the allow-list`);
  const nullable = named.endsWith('?');
  const column = nullable ? named.slice(0, -1) : named;
  const decoded = decodeCursor(cursorSchema, cursor);
  if (decoded && decoded.s !== sort) throw invalidCursor();
  if (decoded?.v === null && !nullable) throw invalidCursor();
  const after = decoded ? { v: decoded.v, id: decoded.id } : null;
  return { sort, column, tie, desc, nullable, after };
}

/** Newest first by creation, the id breaking ties between rows made together: feeds. */
export const newestFirst = (cursor: string | undefined) =>
  keyset({ createdAt: 'created_at' }, 'id', '-createdAt', cursor);

type SortFields = { sort_value: string | null; sort_tie: string };

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
    ? qb.where(({ eb, or, and }) => {
        const sameThenTie = (same: Expression<SqlBool>) => and([same, eb(tie, op, after.id)]);
        if (after.v === null) {
          // After an empty row: the empty ones past it, and (descending) then the filled.
          const empties = sameThenTie(eb(col, 'is', null));
          return k.desc ? or([empties, eb(col, 'is not', null)]) : empties;
        }
        const filled = or([eb(col, op, after.v), sameThenTie(eb(col, '=', after.v))]);
        if (!k.nullable) return filled;
        return k.desc ? and([eb(col, 'is not', null), filled]) : or([filled, eb(col, 'is', null)]);
      })
    : qb;
  const ordered = k.nullable ? scoped.orderBy(sql`(${col} is null)`, dir) : scoped;
  return ordered
    .select([sql<string | null>`${col}`.as('sort_value'), sql<string>`${tie}`.as('sort_tie')])
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
