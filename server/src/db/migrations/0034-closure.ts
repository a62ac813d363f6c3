import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const add = (
    column: string,
    type: Parameters<ReturnType<Kysely<unknown>['schema']['alterTable']>['addColumn']>[1],
  ) => db.schema.alterTable('projects').addColumn(column, type).execute();
  await add('signed_off_at', t.timestamp);
  await add('signed_off_by', 'text');
  await add('sign_off_comment', 'text');
  await add('client_satisfaction', 'integer');
  await add('schedule_score', 'integer');
  await add('cost_score', 'integer');
  await add('quality_score', 'integer');
  await add('evaluation_note', 'text');
  await db.schema
    .createTable('project_lessons')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('went_well', 'text', (c) => c.notNull())
    .addColumn('to_change', 'text', (c) => c.notNull())
    .addColumn('tags', t.json, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema
    .createIndex('project_lessons_workspace')
    .on('project_lessons')
    .columns(['workspace_id', 'created_at'])
    .execute();
}
