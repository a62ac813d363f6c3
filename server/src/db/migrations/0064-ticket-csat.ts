import type { Kysely } from 'kysely';

/** A satisfaction survey may be about one ticket: sent when it is resolved, one per ticket. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('surveys').addColumn('ticket_id', 'text').execute();
  await db.schema
    .createIndex('surveys_ticket')
    .on('surveys')
    .columns(['workspace_id', 'ticket_id'])
    .unique()
    .execute();
}
