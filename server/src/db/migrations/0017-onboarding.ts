import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('onboarding_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('required', 'boolean', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema
    .createTable('supplier_onboarding')
    .addColumn('supplier_id', 'text', (c) => c.notNull().references('suppliers.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('onboarding_items.id'))
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('note', 'text')
    .addColumn('done_by', 'text', (c) => c.references('users.id'))
    .addColumn('done_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('supplier_onboarding_pk', ['supplier_id', 'item_id'])
    .execute();
  await db.schema.alterTable('suppliers').addColumn('due_diligence', t.json).execute();
  await db.schema.alterTable('suppliers').addColumn('risk_assessed_by', 'text').execute();
  await db.schema.alterTable('suppliers').addColumn('risk_assessed_at', t.timestamp).execute();
}
