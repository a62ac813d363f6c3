import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('project_deliverables')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('acceptance_criteria', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.references('users.id'))
    .addColumn('due_date', 'date', (c) => c.notNull())
    .addColumn('milestone_id', 'text', (c) => c.references('milestones.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('submission_note', 'text')
    .addColumn('submitted_at', t.timestamp)
    .addColumn('decided_at', t.timestamp)
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decision_comment', 'text')
    .addColumn('rejection_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('project_deliverables_project')
    .on('project_deliverables')
    .columns(['workspace_id', 'project_id', 'due_date'])
    .execute();
}
