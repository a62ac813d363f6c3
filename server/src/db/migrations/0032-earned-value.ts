import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  // Below these (in percent), a project's SPI or CPI raises an alert; null: the default 90.
  await db.schema
    .alterTable('workspace_settings')
    .addColumn('spi_alert_percent', 'integer')
    .execute();
  await db.schema
    .alterTable('workspace_settings')
    .addColumn('cpi_alert_percent', 'integer')
    .execute();
  await db.schema
    .createTable('project_progress')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('pv_minor', t.bigint, (c) => c.notNull())
    .addColumn('ev_minor', t.bigint, (c) => c.notNull())
    .addColumn('ac_minor', t.bigint, (c) => c.notNull())
    .addPrimaryKeyConstraint('project_progress_pk', ['project_id', 'day'])
    .execute();
}
