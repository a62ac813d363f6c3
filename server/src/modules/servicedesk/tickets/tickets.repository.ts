import type { Executor } from '../../../db/database.ts';
import { anyContains } from '../../../db/text-match.ts';
import { applyKeyset, type Keyset } from '../../../platform/http/keyset.ts';
import { clientName, contactName } from '../../clients/index.ts';
import { contractField } from '../../contracts/index.ts';
import type { TicketPriority, TicketStatus, TicketType } from './tickets.table.ts';

/** Tickets with the names of their client, contract, requester and assignee. */
function ticketQuery(db: Executor, workspaceId: string) {
  return db
    .selectFrom('tickets')
    .leftJoin('users as assignee', 'assignee.id', 'tickets.assignee_id')
    .selectAll('tickets')
    .select('assignee.name as assignee_name')
    .select((eb) => [
      clientName(db, eb.ref('tickets.client_id')).as('client_name'),
      contractField(db, eb.ref('tickets.contract_id'), 'number').as('contract_number'),
      contactName(db, eb.ref('tickets.requester_contact_id')).as('requester_name'),
    ])
    .where('tickets.workspace_id', '=', workspaceId);
}

export type TicketRow = NonNullable<Awaited<ReturnType<typeof ticketRow>>>;

export function ticketRow(db: Executor, workspaceId: string, id: string) {
  return ticketQuery(db, workspaceId).where('tickets.id', '=', id).executeTakeFirst();
}

export type TicketFilter = {
  q?: string | undefined;
  status?: TicketStatus | undefined;
  open?: 'true' | 'false' | undefined;
  priority?: TicketPriority | undefined;
  type?: TicketType | undefined;
  clientId?: string | undefined;
  assigneeId?: string | undefined;
};

export function findTicketRows(
  db: Executor,
  workspaceId: string,
  f: TicketFilter,
  k: Keyset,
  limit: number,
) {
  let q = ticketQuery(db, workspaceId);
  if (f.q) {
    const text = f.q;
    q = q.where((eb) => anyContains(eb, ['tickets.number', 'tickets.title'], text));
  }
  if (f.status) q = q.where('tickets.status', '=', f.status);
  if (f.open === 'true') q = q.where('tickets.status', 'not in', ['resolved', 'closed']);
  if (f.open === 'false') q = q.where('tickets.status', 'in', ['resolved', 'closed']);
  if (f.priority) q = q.where('tickets.priority', '=', f.priority);
  if (f.type) q = q.where('tickets.type', '=', f.type);
  if (f.clientId) q = q.where('tickets.client_id', '=', f.clientId);
  if (f.assigneeId) q = q.where('tickets.assignee_id', '=', f.assigneeId);
  return applyKeyset(q, k, limit).execute();
}

/** A ticket's log, oldest first, with who acted and who was assigned. */
export function eventRows(db: Executor, ticketId: string) {
  return db
    .selectFrom('ticket_events')
    .leftJoin('users as actor', 'actor.id', 'ticket_events.actor_id')
    .leftJoin('users as assignee', 'assignee.id', 'ticket_events.assignee_id')
    .selectAll('ticket_events')
    .select(['actor.name as actor_name', 'assignee.name as assignee_name'])
    .where('ticket_events.ticket_id', '=', ticketId)
    .orderBy('ticket_events.at')
    .orderBy('ticket_events.id')
    .execute();
}
