import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

/**
 * Which subscriber has handled which event. A handler's delivery row commits with its effects,
 * so a retried event runs only the subscribers that have not yet succeeded, and none twice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('event_deliveries')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('subscriber', 'text', (c) => c.notNull())
    .addColumn('delivered_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('event_deliveries_pk', ['event_id', 'subscriber'])
    .execute();
}
