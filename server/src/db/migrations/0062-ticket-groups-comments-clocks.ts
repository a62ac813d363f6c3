import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

/**
 * Assignment groups (our teams, and supplier teams bound to a supplier contract whose SLA runs
 * an underpinning clock), the ticket conversation with its three visibilities, and the SLA
 * clocks stored as computed, so queues sort by due time and the job runner finds the clocks
 * about to warn or breach without reading every log.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('ticket_groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('supplier_id', 'text', (c) => c.references('suppliers.id'))
    .addColumn('supplier_contract_id', 'text', (c) => c.references('contracts.id'))
    .addColumn('lead_id', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('ticket_groups_name', ['workspace_id', 'name'])
    .execute();
  await db.schema
    .createTable('ticket_group_members')
    .addColumn('group_id', 'text', (c) => c.notNull().references('ticket_groups.id'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_group_members_pk', ['group_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('ticket_group_members_user')
    .on('ticket_group_members')
    .columns(['user_id', 'group_id'])
    .execute();

  await db.schema
    .alterTable('tickets')
    .addColumn('group_id', 'text', (c) => c.references('ticket_groups.id'))
    .execute();
  await db.schema
    .alterTable('tickets')
    .addColumn('channel', 'text', (c) => c.notNull().defaultTo('desk'))
    .execute();
  // The nearest instant one of its running clocks runs out: the queue's order.
  await db.schema.alterTable('tickets').addColumn('due_at', t.timestamp).execute();
  await db.schema
    .createIndex('tickets_group_queue')
    .on('tickets')
    .columns(['workspace_id', 'group_id', 'status', 'due_at'])
    .execute();
  // A wait's reason code (the client's reply, access, approval…), beside its free text.
  await db.schema.alterTable('tickets').addColumn('waiting_code', 'text').execute();
  await db.schema.alterTable('ticket_events').addColumn('waiting_code', 'text').execute();
  await db.schema.alterTable('ticket_events').addColumn('group_id', 'text').execute();
  await db.schema.alterTable('ticket_events').addColumn('comment_id', 'text').execute();

  await db.schema
    .createTable('ticket_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('mentions', t.json, (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('author_party', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('ticket_comments_ticket')
    .on('ticket_comments')
    .columns(['ticket_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('ticket_clocks')
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('party', 'text', (c) => c.notNull())
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contracts.id'))
    .addColumn('target_minutes', 'integer', (c) => c.notNull())
    .addColumn('elapsed_seconds', 'integer', (c) => c.notNull())
    .addColumn('paused_seconds', 'integer', (c) => c.notNull())
    .addColumn('due_at', t.timestamp)
    .addColumn('breached_at', t.timestamp)
    .addColumn('stopped_at', t.timestamp)
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('started_at', t.timestamp, (c) => c.notNull())
    .addColumn('warned_percent', 'integer', (c) => c.notNull().defaultTo(0))
    // When the running clock next crosses a warning threshold or runs out: the sweep's cue.
    .addColumn('next_check_at', t.timestamp)
    .addColumn('computed_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_clocks_pk', ['ticket_id', 'party', 'metric'])
    .execute();
  await db.schema
    .createIndex('ticket_clocks_due')
    .on('ticket_clocks')
    .columns(['workspace_id', 'state', 'due_at'])
    .execute();
  await db.schema
    .createIndex('ticket_clocks_check')
    .on('ticket_clocks')
    .columns(['state', 'next_check_at'])
    .execute();
  await db.schema
    .createIndex('ticket_clocks_contract')
    .on('ticket_clocks')
    .columns(['contract_id', 'state'])
    .execute();
}
