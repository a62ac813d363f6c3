import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('timesheets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('week_start', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('needs_supplier_approval', 'boolean', (c) => c.notNull())
    .addColumn('submitted_at', t.timestamp)
    .addColumn('supplier_approved_by', 'text', (c) => c.references('users.id'))
    .addColumn('supplier_approved_at', t.timestamp)
    .addColumn('approved_by', 'text', (c) => c.references('users.id'))
    .addColumn('approved_at', t.timestamp)
    .addColumn('rejection_reason', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('timesheets_person_project_week', [
      'workspace_id',
      'person_id',
      'week_start',
      'project_id',
    ])
    .execute();
  await db.schema
    .createIndex('timesheets_status')
    .on('timesheets')
    .columns(['workspace_id', 'status', 'week_start'])
    .execute();
  await db.schema
    .createIndex('timesheets_project')
    .on('timesheets')
    .columns(['workspace_id', 'project_id', 'week_start'])
    .execute();
  await db.schema
    .createTable('time_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('timesheet_id', 'text', (c) => c.notNull().references('timesheets.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('task_id', 'text', (c) => c.references('tasks.id'))
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('billable', 'boolean', (c) => c.notNull())
    .addColumn('note', 'text')
    // Fixed when the week is approved; null before.
    .addColumn('role', 'text')
    .addColumn('bill_rate_minor', t.bigint)
    .addColumn('bill_rate_unit', 'text')
    .addColumn('bill_currency', 'text')
    .addColumn('bill_minor', t.bigint)
    .addColumn('bill_fx_rate', 'text')
    .addColumn('bill_base_minor', t.bigint)
    .addColumn('cost_rate_minor', t.bigint)
    .addColumn('cost_rate_unit', 'text')
    .addColumn('cost_currency', 'text')
    .addColumn('cost_minor', t.bigint)
    .addColumn('cost_fx_rate', 'text')
    .addColumn('cost_base_minor', t.bigint)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('time_entries_sheet')
    .on('time_entries')
    .columns(['timesheet_id', 'day'])
    .execute();
  await db.schema
    .createIndex('time_entries_person_day')
    .on('time_entries')
    .columns(['workspace_id', 'person_id', 'day'])
    .execute();
  await db.schema
    .createIndex('time_entries_project')
    .on('time_entries')
    .columns(['workspace_id', 'project_id', 'day'])
    .execute();
}
