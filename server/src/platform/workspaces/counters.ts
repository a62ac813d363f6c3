import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';

/**
 * The next human number of a kind in a workspace (`PRJ-0001`). One upsert statement: PostgreSQL
 * locks the counter row and SQLite has one writer, so concurrent creates never share a number.
 */
export async function nextNumber(
  trx: Executor,
  workspaceId: string,
  prefix: string,
  digits = 4,
): Promise<string> {
  const row = await trx
    .insertInto('counters')
    .values({ workspace_id: workspaceId, key: prefix, value: 1 })
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'key']).doUpdateSet({ value: sql`counters.value + 1` }),
    )
    .returning('value')
    .executeTakeFirstOrThrow();
  return `${prefix}-${String(row.value).padStart(digits, '0')}`;
}
