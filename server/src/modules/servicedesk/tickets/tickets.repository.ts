import type { Executor } from '../../../db/database.ts';
import { anyContains } from '../../../db/text-match.ts';
import { type Party, whereParty } from '../../../platform/access/party-scope.ts';
import { applyKeyset, type Keyset } from '../../../platform/http/keyset.ts';
import { clientName, contactName } from '../../clients/index.ts';
import { contractField } from '../../contracts/index.ts';
import type { TicketPriority, TicketStatus, TicketType } from './tickets.table.ts';

/**
 * Tickets with the names of their client, contract, requester and assignee and their group,
 * as the caller may see them: us all, a client its own, a supplier those routed to its teams.
 */
function ticketQuery(db: Executor, workspaceId: string, party: Party) {
  const q = db
    .selectFrom('tickets')
    .leftJoin('users as assignee', 'assignee.id', 'tickets.assignee_id')
    .leftJoin('ticket_groups as grp', 'grp.id', 'tickets.group_id')
    .selectAll('tickets')
    .select([
      'assignee.name as assignee_name',
      'grp.name as group_name',
      'grp.kind as group_kind',
      'grp.supplier_id as group_supplier_id',
      'grp.lead_id as group_lead_id',
    ])
    .select((eb) => [
      clientName(db, eb.ref('tickets.client_id')).as('client_name'),
      contractField(db, eb.ref('tickets.contract_id'), 'number').as('contract_number'),
      contactName(db, eb.ref('tickets.requester_contact_id')).as('requester_name'),
      eb
        .selectFrom('tickets as parent')
        .select('parent.number')
        .whereRef('parent.id', '=', 'tickets.parent_id')
        .as('parent_number'),
    ])
    .where('tickets.workspace_id', '=', workspaceId);
  return whereParty(q, party, { client: 'tickets.client_id', supplier: 'grp.supplier_id' });
}

export type TicketRow = NonNullable<Awaited<ReturnType<typeof ticketRow>>>;

export function ticketRow(db: Executor, workspaceId: string, id: string, party: Party = null) {
  return ticketQuery(db, workspaceId, party).where('tickets.id', '=', id).executeTakeFirst();
}

export type TicketFilter = {
  q?: string | undefined;
  status?: TicketStatus | undefined;
  open?: 'true' | 'false' | undefined;
  priority?: TicketPriority | undefined;
  type?: TicketType | undefined;
  clientId?: string | undefined;
  assigneeId?: string | undefined;
  groupId?: string | undefined;
  /** Tickets assigned to this member or routed to a group of theirs. */
  queueOf?: string | undefined;
};

export function findTicketRows(
  db: Executor,
  workspaceId: string,
  party: Party,
  f: TicketFilter,
  k: Keyset,
  limit: number,
) {
  let q = ticketQuery(db, workspaceId, party);
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
  if (f.groupId) q = q.where('tickets.group_id', '=', f.groupId);
  const member = f.queueOf;
  if (member) {
    q = q.where((eb) =>
      eb.or([
        eb('tickets.assignee_id', '=', member),
        eb(
          'tickets.group_id',
          'in',
          eb.selectFrom('ticket_group_members').select('group_id').where('user_id', '=', member),
        ),
      ]),
    );
  }
  return applyKeyset(q, k, limit).execute();
}

/** A ticket's log, oldest first, with who acted and who was assigned. */
export function eventRows(db: Executor, ticketId: string) {
  return db
    .selectFrom('ticket_events')
    .leftJoin('users as actor', 'actor.id', 'ticket_events.actor_id')
    .leftJoin('users as assignee', 'assignee.id', 'ticket_events.assignee_id')
    .leftJoin('ticket_groups as grp', 'grp.id', 'ticket_events.group_id')
    .selectAll('ticket_events')
    .select([
      'actor.name as actor_name',
      'assignee.name as assignee_name',
      'grp.name as group_name',
    ])
    .where('ticket_events.ticket_id', '=', ticketId)
    .orderBy('ticket_events.at')
    .orderBy('ticket_events.id')
    .execute();
}

export type EventRow = Awaited<ReturnType<typeof eventRows>>[number];

/** A log as the SLA clocks read it. */
export const logEntries = (events: readonly EventRow[]) =>
  events.map((e) => ({
    at: e.at,
    kind: e.kind,
    statusTo: e.status_to,
    waitingOn: e.waiting_on,
    groupId: e.group_id,
  }));

/** The tickets filed under one, by number. */
export function childRows(db: Executor, parentId: string) {
  return db
    .selectFrom('tickets')
    .select(['id', 'number', 'title', 'status'])
    .where('parent_id', '=', parentId)
    .orderBy('number')
    .execute();
}
