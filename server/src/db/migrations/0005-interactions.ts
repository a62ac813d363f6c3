import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('interactions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('occurred_at', t.timestamp, (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('contact_ids', t.json, (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.references('users.id'))
    .addColumn('next_step', 'text')
    .addColumn('next_step_due', 'date')
    .addColumn('next_step_done', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('interactions_client_occurred')
    .on('interactions')
    .columns(['workspace_id', 'client_id', 'occurred_at', 'id'])
    .execute();
  // The open next steps of a workspace, soonest due first: "what do I owe my clients".
  await db.schema
    .createIndex('interactions_next_step_due')
    .on('interactions')
    .columns(['workspace_id', 'next_step_done', 'next_step_due'])
    .execute();
}
