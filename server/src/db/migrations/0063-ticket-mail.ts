import type { Kysely } from 'kysely';

/**
 * Tickets by mail: a comment can come from a client contact who wrote in (not a user), and the
 * mail's Message-ID is kept so a message delivered twice is taken once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('ticket_comments').addColumn('author_contact_id', 'text').execute();
  await db.schema.alterTable('ticket_comments').addColumn('message_id', 'text').execute();
  await db.schema.alterTable('tickets').addColumn('message_id', 'text').execute();
  await db.schema
    .createIndex('ticket_comments_message')
    .on('ticket_comments')
    .columns(['workspace_id', 'message_id'])
    .execute();
  await db.schema
    .createIndex('tickets_message')
    .on('tickets')
    .columns(['workspace_id', 'message_id'])
    .execute();
}
