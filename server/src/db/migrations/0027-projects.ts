import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('projects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('manager_id', 'text', (c) => c.references('users.id'))
    .addColumn('client_id', 'text', (c) => c.references('clients.id'))
    .addColumn('contract_id', 'text', (c) => c.references('contracts.id'))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('billing_model', 'text')
    .addColumn('budget_minor', t.bigint, (c) => c.notNull())
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('end_date', 'date', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('health', 'text', (c) => c.notNull())
    .addColumn('goals', t.json, (c) => c.notNull())
    .addColumn('gates', t.json, (c) => c.notNull())
    .addColumn('closed_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('projects_number', ['workspace_id', 'number'])
    .execute();
  for (const column of ['name', 'end_date', 'client_id'] as const) {
    await db.schema
      .createIndex(`projects_workspace_${column}`)
      .on('projects')
      .columns(['workspace_id', column, 'id'])
      .execute();
  }
  await db.schema
    .createTable('tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('parent_id', 'text', (c) => c.references('tasks.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('estimate_hours', 'integer', (c) => c.notNull())
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('finish_date', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('percent_complete', 'integer', (c) => c.notNull())
    .addColumn('assignee_id', 'text', (c) => c.references('people.id'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('tasks_project')
    .on('tasks')
    .columns(['workspace_id', 'project_id', 'position'])
    .execute();
  await db.schema
    .createTable('task_dependencies')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('predecessor_id', 'text', (c) => c.notNull().references('tasks.id'))
    .addColumn('successor_id', 'text', (c) => c.notNull().references('tasks.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('lag_days', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('task_dependencies_pk', ['predecessor_id', 'successor_id'])
    .execute();
  await db.schema
    .createIndex('task_dependencies_project')
    .on('task_dependencies')
    .columns(['workspace_id', 'project_id'])
    .execute();
  await db.schema
    .createTable('milestones')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('due_date', 'date', (c) => c.notNull())
    .addColumn('amount_minor', t.bigint)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('completed_on', 'date')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('milestones_project')
    .on('milestones')
    .columns(['workspace_id', 'project_id', 'due_date'])
    .execute();
  // Bookings and requests can now name their project.
  await db.schema
    .alterTable('assignments')
    .addColumn('project_id', 'text', (c) => c.references('projects.id'))
    .execute();
}
