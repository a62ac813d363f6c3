import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The few weeks waiting for approval among the many approved: the approvals inbox reads
  // them oldest first. The query names the same statuses as literals so both databases can
  // match this partial index.
  await db.schema
    .createIndex('timesheets_waiting')
    .on('timesheets')
    .columns(['workspace_id', 'submitted_at'])
    .where(sql.ref('status'), 'in', [sql.lit('submitted'), sql.lit('supplier_approved')])
    .execute();
}
