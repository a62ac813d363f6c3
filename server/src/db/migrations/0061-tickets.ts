import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

/**
 * Service desk tickets (工单) and their state-change log, which the SLA clocks are computed
 * from: every status, priority and assignee change with its moment, actor and reason.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('tickets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.references('clients.id'))
    .addColumn('contract_id', 'text', (c) => c.references('contracts.id'))
    .addColumn('requester_contact_id', 'text')
    .addColumn('category', 'text')
    .addColumn('impact', 'text', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('waiting_on', 'text')
    .addColumn('waiting_reason', 'text')
    .addColumn('resolution', 'text')
    .addColumn('resolved_at', t.timestamp)
    .addColumn('closed_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('tickets_number', ['workspace_id', 'number'])
    .execute();
  await db.schema
    .createIndex('tickets_queue')
    .on('tickets')
    .columns(['workspace_id', 'status', 'priority', 'created_at'])
    .execute();
  await db.schema
    .createIndex('tickets_created')
    .on('tickets')
    .columns(['workspace_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .createTable('ticket_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status_from', 'text')
    .addColumn('status_to', 'text')
    .addColumn('waiting_on', 'text')
    .addColumn('priority', 'text')
    .addColumn('assignee_id', 'text')
    .addColumn('reason', 'text')
    .addColumn('actor_id', 'text')
    .execute();
  await db.schema
    .createIndex('ticket_events_ticket')
    .on('ticket_events')
    .columns(['ticket_id', 'at'])
    .execute();
}
