import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('change_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('end_date', 'date')
    .addColumn('budget_delta_minor', t.bigint, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.references('users.id'))
    .addColumn('submitted_at', t.timestamp)
    .addColumn('reviewed_by', 'text', (c) => c.references('users.id'))
    .addColumn('reviewed_at', t.timestamp)
    .addColumn('review_comment', 'text')
    .addColumn('client_decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('client_decided_at', t.timestamp)
    .addColumn('client_comment', 'text')
    .addColumn('baseline_seq', 'integer')
    .addColumn('end_date_before', 'date')
    .addColumn('budget_before_minor', t.bigint)
    .addColumn('amendment_id', 'text', (c) => c.references('contract_amendments.id'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('change_requests_seq', ['project_id', 'seq'])
    .execute();
}
