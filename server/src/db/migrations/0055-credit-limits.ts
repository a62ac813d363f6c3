import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

/** A client's credit limit in base currency: what it may owe us before new work is questioned. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema.alterTable('clients').addColumn('credit_limit_minor', t.bigint).execute();
}
