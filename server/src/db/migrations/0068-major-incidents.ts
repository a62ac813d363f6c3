import type { Kysely } from 'kysely';

/** A major incident, and the tickets filed under a parent (the incidents of one outage). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('tickets')
    .addColumn('major', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema
    .alterTable('tickets')
    .addColumn('parent_id', 'text', (c) => c.references('tickets.id'))
    .execute();
  await db.schema.createIndex('tickets_parent').on('tickets').columns(['parent_id']).execute();
}
