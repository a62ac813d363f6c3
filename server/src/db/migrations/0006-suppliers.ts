import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('suppliers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('legal_name', 'text')
    .addColumn('country', 'text')
    .addColumn('website', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('categories', t.json, (c) => c.notNull())
    .addColumn('skills', t.json, (c) => c.notNull())
    .addColumn('regions', t.json, (c) => c.notNull())
    .addColumn('languages', t.json, (c) => c.notNull())
    .addColumn('tax_id', 'text')
    .addColumn('bank_name', 'text')
    .addColumn('bank_account', 'text')
    .addColumn('bank_swift', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_reason', 'text')
    .addColumn('risk_tier', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('suppliers_workspace_number', ['workspace_id', 'number'])
    .execute();
  for (const column of ['name', 'status', 'created_at'] as const) {
    await db.schema
      .createIndex(`suppliers_workspace_${column}`)
      .on('suppliers')
      .columns(['workspace_id', column, 'id'])
      .execute();
  }
}
