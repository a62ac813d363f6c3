import { sql } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { audit, created, diff } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import {
  AppError,
  assertVersion,
  notFound,
  refusedField,
  versionConflict,
} from '../../../platform/errors/app-error.ts';
import { keyset, keysetPage } from '../../../platform/http/keyset.ts';
import { newId } from '../../../platform/ids.ts';
import { nextNumber } from '../../../platform/workspaces/counters.ts';
import { assertOwner } from '../../../platform/workspaces/owner.ts';
import { getClientRow, getContactRow } from '../../clients/index.ts';
import { clientContractOf } from '../../contracts/index.ts';
import { ticketSlas } from '../sla/ticket-slas.ts';
import { priorityOf } from './priority.ts';
import { mayMove, REOPEN_DAYS, reopenable } from './ticket-lifecycle.ts';
import {
  eventRows,
  findTicketRows,
  type TicketFilter,
  type TicketRow,
  ticketRow,
} from './tickets.repository.ts';
import {
  type ticketBody,
  type ticketQuery,
  ticketSorts,
  type ticketUpdateBody,
  type transitionBody,
} from './tickets.schema.ts';
import type { TicketEventTable, TicketTable } from './tickets.table.ts';

const named = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

function presentSummary(t: TicketRow) {
  return {
    id: t.id,
    number: t.number,
    type: t.type,
    title: t.title,
    client: named(t.client_id, t.client_name),
    contract: t.contract_id ? { id: t.contract_id, number: t.contract_number ?? '' } : null,
    category: t.category,
    impact: t.impact,
    urgency: t.urgency,
    priority: t.priority,
    assignee: named(t.assignee_id, t.assignee_name),
    status: t.status,
    waitingOn: t.waiting_on,
    createdAt: t.created_at,
    updatedAt: t.updated_at,
    version: t.version,
  };
}

async function visibleTicket(db: Executor, ctx: Ctx, id: string) {
  const ticket = await ticketRow(db, workspaceOf(ctx), id);
  if (!ticket) throw notFound('Ticket');
  return ticket;
}

export async function getTicket(ctx: Ctx, id: string) {
  const ticket = await visibleTicket(ctx.db, ctx, id);
  const events = await eventRows(ctx.db, id);
  const log = events.map((e) => ({ at: e.at, statusTo: e.status_to, waitingOn: e.waiting_on }));
  return {
    ...presentSummary(ticket),
    description: ticket.description,
    requester: named(ticket.requester_contact_id, ticket.requester_name),
    waitingReason: ticket.waiting_reason,
    resolution: ticket.resolution,
    resolvedAt: ticket.resolved_at,
    closedAt: ticket.closed_at,
    slas: await ticketSlas(ctx.db, workspaceOf(ctx), ticket, log, isoNow(ctx.clock)),
    events: events.map((e) => ({
      at: e.at,
      kind: e.kind,
      statusFrom: e.status_from,
      statusTo: e.status_to,
      waitingOn: e.waiting_on,
      priority: e.priority,
      assignee: named(e.assignee_id, e.assignee_name),
      reason: e.reason,
      actor: named(e.actor_id, e.actor_name),
    })),
  };
}

export async function listTickets(ctx: Ctx, query: z.infer<typeof ticketQuery>) {
  const k = keyset(ticketSorts, 'tickets.id', query.sort, query.cursor);
  const filter: TicketFilter = query;
  const rows = await findTicketRows(ctx.db, workspaceOf(ctx), filter, k, query.limit);
  return keysetPage(rows, k, query.limit, presentSummary);
}

/**
 * The client, its contract and the contact who asked must belong together: a contract of the
 * client's, a contact of the client's.
 */
async function assertParties(
  ctx: Ctx,
  input: { clientId: string | null; contractId: string | null; requesterContactId: string | null },
) {
  const workspaceId = workspaceOf(ctx);
  if (!input.clientId) {
    if (input.contractId) throw refusedField('contractId', 'A contract needs its client');
    if (input.requesterContactId)
      throw refusedField('requesterContactId', 'A contact needs its client');
    return;
  }
  if (!(await getClientRow(ctx.db, workspaceId, input.clientId))) {
    throw refusedField('clientId', 'No such client');
  }
  if (input.contractId) {
    const contract = await clientContractOf(ctx.db, workspaceId, input.contractId);
    if (contract?.clientId !== input.clientId) {
      throw refusedField('contractId', 'Not a contract of this client');
    }
  }
  if (
    input.requesterContactId &&
    !(await getContactRow(ctx.db, workspaceId, input.clientId, input.requesterContactId))
  ) {
    throw refusedField('requesterContactId', 'Not a contact of this client');
  }
}

type Event = Omit<TicketEventTable, 'id' | 'workspace_id' | 'ticket_id' | 'at' | 'actor_id'>;
const event = (e: Partial<Event> & Pick<Event, 'kind'>): Event => ({
  status_from: null,
  status_to: null,
  waiting_on: null,
  priority: null,
  assignee_id: null,
  reason: null,
  ...e,
});

/** Adds entries to a ticket's log, at the same moment, by the caller. */
async function log(trx: Executor, ctx: Ctx, ticketId: string, at: string, events: Event[]) {
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
}

/** Opens a ticket TCK-000123, assigned at once when it names who works it. */
export async function createTicket(ctx: Ctx, input: z.infer<typeof ticketBody>) {
  const workspaceId = workspaceOf(ctx);
  await assertParties(ctx, input);
  await assertOwner(ctx, input.assigneeId, 'assigneeId');
  const id = newId();
  const priority = priorityOf(input.impact, input.urgency);
  const status = input.assigneeId ? 'assigned' : 'new';
  await ctx.db.transaction().execute(async (trx) => {
    const number = await nextNumber(trx, workspaceId, 'TCK', 6);
    const now = isoNow(ctx.clock);
    await trx
      .insertInto('tickets')
      .values({
        id,
        workspace_id: workspaceId,
        number,
        type: input.type,
        title: input.title,
        description: input.description,
        client_id: input.clientId,
        contract_id: input.contractId,
        requester_contact_id: input.requesterContactId,
        category: input.category,
        impact: input.impact,
        urgency: input.urgency,
        priority,
        assignee_id: input.assigneeId,
        status,
        waiting_on: null,
        waiting_reason: null,
        resolution: null,
        resolved_at: null,
        closed_at: null,
        created_at: now,
        created_by: ctx.actor.userId,
        updated_at: now,
      })
      .execute();
    await log(trx, ctx, id, now, [
      event({ kind: 'created', status_to: status, priority, assignee_id: input.assigneeId }),
    ]);
    await audit(trx, ctx, {
      action: 'ticket.create',
      entityType: 'ticket',
      entityId: id,
      changes: created({ number, title: input.title, priority }),
    });
  });
  return getTicket(ctx, id);
}

/** Writes a change on the version read, with its audit entry. */
async function write(
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

/**
 * Edits a ticket: its text, impact and urgency (the priority follows, and the log keeps the
 * change with its reason) and who works it (a new ticket becomes assigned).
 */
export async function updateTicket(ctx: Ctx, id: string, input: z.infer<typeof ticketUpdateBody>) {
  await assertOwner(ctx, input.assigneeId, 'assigneeId');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await visibleTicket(trx, ctx, id);
    assertVersion(before, input.version);
    if (before.status === 'closed') throw new AppError('unprocessable', 'The ticket is closed');
    const impact = input.impact ?? before.impact;
    const urgency = input.urgency ?? before.urgency;
    const priority = priorityOf(impact, urgency);
    const assignee = input.assigneeId === undefined ? before.assignee_id : input.assigneeId;
    // Naming someone assigns a new ticket; taking them off one not yet worked makes it new again.
    const status =
      before.status === 'new' && assignee
        ? 'assigned'
        : before.status === 'assigned' && !assignee
          ? 'new'
          : before.status;
    const values: Partial<TicketTable> = {
      ...(input.title === undefined ? {} : { title: input.title }),
      ...(input.description === undefined ? {} : { description: input.description }),
      ...(input.category === undefined ? {} : { category: input.category }),
      ...(impact === before.impact ? {} : { impact }),
      ...(urgency === before.urgency ? {} : { urgency }),
      ...(priority === before.priority ? {} : { priority }),
      ...(assignee === before.assignee_id ? {} : { assignee_id: assignee }),
      ...(status === before.status ? {} : { status }),
    };
    if (Object.keys(values).length === 0) return;
    await write(trx, ctx, before, input.version, values, 'ticket.update');
    await log(trx, ctx, id, isoNow(ctx.clock), [
      ...(values.priority
        ? [event({ kind: 'priority', priority, reason: input.reason ?? null })]
        : []),
      ...(values.assignee_id !== undefined
        ? [event({ kind: 'assignee', assignee_id: assignee })]
        : []),
      ...(values.status
        ? [event({ kind: 'status', status_from: before.status, status_to: status })]
        : []),
    ]);
  });
  return getTicket(ctx, id);
}

/**
 * Moves a ticket along its lifecycle: into work, waiting on someone (which of the client, a
 * supplier or us, and why: the SLA clocks pause by it), resolved with what was done, closed,
 * or reopened within REOPEN_DAYS of its resolution.
 */
export async function moveTicket(ctx: Ctx, id: string, input: z.infer<typeof transitionBody>) {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await visibleTicket(trx, ctx, id);
    assertVersion(before, input.version);
    const to = input.status;
    if (!mayMove(before.status, to)) {
      throw new AppError('unprocessable', `A ${before.status} ticket cannot become ${to}`);
    }
    if (to === 'assigned' && !before.assignee_id) {
      throw new AppError('unprocessable', 'Name an assignee to assign the ticket');
    }
    const reopening = before.status === 'resolved' && to === 'in_progress';
    if (reopening && !reopenable(before.resolved_at, ctx.clock.now())) {
      throw new AppError(
        'unprocessable',
        `Resolved more than ${REOPEN_DAYS} days ago: open a new ticket`,
      );
    }
    const now = isoNow(ctx.clock);
    const waiting = to === 'waiting';
    await write(
      trx,
      ctx,
      before,
      input.version,
      {
        status: to,
        waiting_on: waiting ? (input.waitingOn ?? null) : null,
        waiting_reason: waiting ? (input.reason ?? null) : null,
        ...(to === 'resolved' ? { resolution: input.resolution ?? null, resolved_at: now } : {}),
        ...(reopening ? { resolution: null, resolved_at: null } : {}),
        ...(to === 'closed' ? { closed_at: now } : {}),
      },
      'ticket.move',
    );
    await log(trx, ctx, id, now, [
      event({
        kind: 'status',
        status_from: before.status,
        status_to: to,
        waiting_on: waiting ? (input.waitingOn ?? null) : null,
        reason: input.reason ?? input.resolution ?? null,
      }),
    ]);
  });
  return getTicket(ctx, id);
}
