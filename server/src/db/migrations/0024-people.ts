import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('title', 'text')
    .addColumn('department', 'text')
    .addColumn('grade', 'text')
    .addColumn('manager_id', 'text', (c) => c.references('people.id'))
    .addColumn('location', 'text')
    .addColumn('time_zone', 'text')
    .addColumn('calendar_id', 'text')
    .addColumn('languages', t.json, (c) => c.notNull())
    .addColumn('start_date', 'date')
    .addColumn('end_date', 'date')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('supplier_id', 'text', (c) => c.references('suppliers.id'))
    .addColumn('supplier_contract_id', 'text', (c) => c.references('contracts.id'))
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('hours_per_week', 'integer', (c) => c.notNull())
    .addColumn('part_time_percent', 'integer', (c) => c.notNull())
    .addColumn('archived_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('people_number', ['workspace_id', 'number'])
    .execute();
  for (const column of ['name', 'department', 'supplier_id', 'created_at'] as const) {
    await db.schema
      .createIndex(`people_workspace_${column}`)
      .on('people')
      .columns(['workspace_id', column, 'id'])
      .execute();
  }
  await db.schema
    .createTable('person_cost_rates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('rate_minor', t.bigint, (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('effective_from', 'date', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addUniqueConstraint('person_cost_rates_day', ['person_id', 'effective_from'])
    .execute();
}
