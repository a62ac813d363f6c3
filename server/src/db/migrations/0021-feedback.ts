import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('surveys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('sent_at', t.timestamp, (c) => c.notNull())
    .addColumn('sent_by', 'text')
    .addColumn('responded_at', t.timestamp)
    .addColumn('score', 'integer')
    .addColumn('comment', 'text')
    .execute();
  await db.schema
    .createIndex('surveys_client')
    .on('surveys')
    .columns(['workspace_id', 'client_id', 'sent_at'])
    .execute();
  await db.schema
    .createTable('feedback_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('contact_id', 'text', (c) => c.references('contacts.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('severity', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text')
    .addColumn('received_at', t.timestamp, (c) => c.notNull())
    .addColumn('response_due_at', t.timestamp)
    .addColumn('responded_at', t.timestamp)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('resolution', 'text')
    .addColumn('resolved_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('feedback_items_number', ['workspace_id', 'number'])
    .execute();
  await db.schema
    .createIndex('feedback_items_client')
    .on('feedback_items')
    .columns(['workspace_id', 'client_id', 'received_at'])
    .execute();
}
