import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

/**
 * Invoices beyond time and materials: lines for fixed-fee schedule items and completed
 * milestones (their allocations use the same unique index as time entries), a time and
 * materials draft keeps its contract's cap and what the cap held back, and a discount line
 * added to a draft keeps its reason.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema.alterTable('invoices').addColumn('cap_minor', t.bigint).execute();
  await db.schema.alterTable('invoices').addColumn('capped_minor', t.bigint).execute();
  await db.schema.alterTable('invoice_lines').addColumn('reason', 'text').execute();
}
