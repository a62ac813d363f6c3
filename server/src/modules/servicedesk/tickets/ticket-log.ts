import { sql } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import { audit, diff } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { versionConflict } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { refreshClocks } from '../sla/clock-store.ts';
import type { TicketRow } from './tickets.repository.ts';
import type { TicketEventTable, TicketTable } from './tickets.table.ts';

type Event = Omit<TicketEventTable, 'id' | 'workspace_id' | 'ticket_id' | 'at' | 'actor_id'>;

/** A log entry of some kind; the fields it does not set are empty. */
export const event = (e: Partial<Event> & Pick<Event, 'kind'>): Event => ({
  status_from: null,
  status_to: null,
  waiting_on: null,
  waiting_code: null,
  priority: null,
  assignee_id: null,
  group_id: null,
  reason: null,
  comment_id: null,
  ...e,
});

/**
 * Adds entries to a ticket's log, at the same moment, by the caller, and brings its stored
 * SLA clocks up to date with them.
 */
export async function log(trx: Executor, ctx: Ctx, ticketId: string, at: string, events: Event[]) {
  if (events.length === 0) return;
  await trx
    .insertInto('ticket_events')
    .values(
      events.map((e) => ({
        ...e,
        id: newId(),
        workspace_id: workspaceOf(ctx),
        ticket_id: ticketId,
        at,
        actor_id: ctx.actor.userId,
      })),
    )
    .execute();
  await refreshClocks(trx, ctx.clock, workspaceOf(ctx), ticketId);
}

/** Writes a change on the version read, with its audit entry. */
export async function write(
  trx: Executor,
  ctx: Ctx,
  before: TicketRow,
  version: number,
  values: Partial<TicketTable>,
  action: 'ticket.update' | 'ticket.move',
) {
  const written = await trx
    .updateTable('tickets')
    .set({ ...values, updated_at: isoNow(ctx.clock), version: sql`version + 1` })
    .where('id', '=', before.id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(written.numUpdatedRows) === 0) throw versionConflict();
  const changes = diff<Record<string, unknown>>(before, values);
  await audit(trx, ctx, { action, entityType: 'ticket', entityId: before.id, changes });
}
