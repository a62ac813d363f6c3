import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

/** When a run began, so the jobs page shows how long each took; and runs found by name. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema.alterTable('jobs').addColumn('started_at', t.timestamp).execute();
  await db.schema.createIndex('jobs_name_run_at').on('jobs').columns(['name', 'run_at']).execute();
}
