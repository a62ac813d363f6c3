import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

/**
 * What collecting receivables needs: what was written off and why, the reminders sent, a
 * dispute that stops them, and the days after the due date a workspace reminds on.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .alterTable('invoices')
    .addColumn('written_off_minor', t.bigint, (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('invoices').addColumn('written_off_reason', 'text').execute();
  await db.schema
    .alterTable('invoices')
    .addColumn('reminders_sent', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('invoices').addColumn('disputed_at', t.timestamp).execute();
  await db.schema.alterTable('invoices').addColumn('dispute_reason', 'text').execute();
  await db.schema.alterTable('finance_policies').addColumn('reminder_days', t.json).execute();
}
