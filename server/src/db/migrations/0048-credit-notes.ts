import type { Kysely } from 'kysely';

/**
 * Credit notes (红字) are invoices of their own kind that credit lines of an issued invoice, with
 * a reason; a line names the credit note that credits it, so it is credited once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('invoices')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('invoice'))
    .execute();
  await db.schema.alterTable('invoices').addColumn('credits_id', 'text').execute();
  await db.schema.alterTable('invoices').addColumn('reason', 'text').execute();
  await db.schema.alterTable('invoice_lines').addColumn('credited_by', 'text').execute();
}
