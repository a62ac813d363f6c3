import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('clients')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('legal_name', 'text')
    .addColumn('industry', 'text')
    .addColumn('country', 'text')
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.references('users.id'))
    .addColumn('tags', t.json, (c) => c.notNull())
    .addColumn('tax_id', 'text')
    .addColumn('billing_email', 'text')
    .addColumn('billing_address', 'text')
    .addColumn('payment_terms_days', 'integer')
    .addColumn('archived_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('clients_workspace_number', ['workspace_id', 'number'])
    .execute();
  // (workspace_id, number) is unique already, which serves the sort by number.
  for (const column of ['name', 'created_at'] as const) {
    await db.schema
      .createIndex(`clients_workspace_${column}`)
      .on('clients')
      .columns(['workspace_id', column, 'id'])
      .execute();
  }

  await db.schema
    .createTable('contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('language', 'text')
    .addColumn('time_zone', 'text')
    .addColumn('relationship', 'text', (c) => c.notNull())
    .addColumn('archived_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('contacts_client_name')
    .on('contacts')
    .columns(['workspace_id', 'client_id', 'name', 'id'])
    .execute();
}
