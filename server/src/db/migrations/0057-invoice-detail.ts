import type { Kysely } from 'kysely';

/** How a client contract's invoices show time: a line per role and rate, or per person and day. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('contracts')
    .addColumn('invoice_detail', 'text', (c) => c.notNull().defaultTo('summary'))
    .execute();
}
