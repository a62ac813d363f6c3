import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('projects')
    .addColumn('ev_method', 'text', (c) => c.notNull().defaultTo('percent_complete'))
    .execute();
}
