import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { partyOf } from '../../../platform/access/party-scope.ts';
import { audit, created } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, userOf, workspaceOf } from '../../../platform/context.ts';
import {
  AppError,
  assertVersion,
  notFound,
  refusedField,
} from '../../../platform/errors/app-error.ts';
import { keyset, keysetPage } from '../../../platform/http/keyset.ts';
import { newId } from '../../../platform/ids.ts';
import { notify, usersWith } from '../../../platform/notifications/notify.ts';
import { nextNumber } from '../../../platform/workspaces/counters.ts';
import { assertOwner } from '../../../platform/workspaces/owner.ts';
import { contactsByEmail, getClientRow, getContactRow } from '../../clients/index.ts';
import { clientContractOf } from '../../contracts/index.ts';
import { commentRows } from '../comments/comments.repository.ts';
import { groupRow, supplierContractsOf } from '../groups/groups.repository.ts';
import { deskSettingsOf } from '../settings/desk-settings.service.ts';
import { priorityIn } from '../settings/priority-matrix.ts';
import { ticketClocks } from '../sla/ticket-clocks.ts';
import { event, log, write } from './ticket-log.ts';
import { presentSummary, presentTicket } from './ticket-present.ts';
import {
  childRows,
  eventRows,
  findTicketRows,
  logEntries,
  type TicketFilter,
  type TicketRow,
  ticketRow,
} from './tickets.repository.ts';
import {
  type ticketBody,
  type ticketQuery,
  ticketSorts,
  type ticketUpdateBody,
} from './tickets.schema.ts';
import type { TicketChannel, TicketTable } from './tickets.table.ts';

/** The ticket if the caller may see it: another workspace's, or a portal's not its own, is 404. */
export async function visibleTicket(db: Executor, ctx: Ctx, id: string) {
  const ticket = await ticketRow(db, workspaceOf(ctx), id, partyOf(ctx));
  if (!ticket) throw notFound('Ticket');
  return ticket;
}

export async function getTicket(ctx: Ctx, id: string) {
  const workspaceId = workspaceOf(ctx);
  const ticket = await visibleTicket(ctx.db, ctx, id);
  const events = await eventRows(ctx.db, id);
  const log = logEntries(events);
  const teams = await supplierContractsOf(
    ctx.db,
    workspaceId,
    log.flatMap((e) => (e.groupId ? [e.groupId] : [])),
  );
  const clocks = await ticketClocks(ctx.db, workspaceId, ticket, log, teams, isoNow(ctx.clock));
  const comments = await commentRows(ctx.db, id);
  const children = await childRows(ctx.db, id);
  return presentTicket(ticket, partyOf(ctx), clocks, events, comments, children);
}

export async function listTickets(ctx: Ctx, query: z.infer<typeof ticketQuery>) {
  const k = keyset(ticketSorts, 'tickets.id', query.sort, query.cursor);
  const filter: TicketFilter = {
    ...query,
    queueOf: query.mine ? (ctx.actor.userId ?? undefined) : undefined,
  };
  const party = partyOf(ctx);
  const rows = await findTicketRows(ctx.db, workspaceOf(ctx), party, filter, k, query.limit);
  return keysetPage(rows, k, query.limit, (t) => presentSummary(t, party));
}

type Parties = {
  clientId: string | null;
  contractId: string | null;
  requesterContactId: string | null;
};

/**
 * The client, its contract and the contact who asked must belong together: a contract of the
 * client's, a contact of the client's.
 */
async function assertParties(ctx: Ctx, input: Parties) {
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

/**
 * Who works a ticket: a group of the workspace, and a member, who must be ours (a supplier
 * team's tickets are worked by the supplier, not by a member of ours).
 */
async function assertWorkers(ctx: Ctx, groupId: string | null, assigneeId: string | null) {
  await assertOwner(ctx, assigneeId, 'assigneeId');
  if (!groupId) return;
  const group = await groupRow(ctx.db, workspaceOf(ctx), groupId);
  if (!group) throw refusedField('groupId', 'No such group');
  if (group.kind === 'supplier' && assigneeId) {
    throw refusedField('assigneeId', "A supplier team's ticket has no assignee of ours");
  }
}

/**
 * A client's portal user opens tickets for their own client only, as the contact their e-mail
 * belongs to, and routes nothing; a supplier's team opens none.
 */
async function portalOpening(ctx: Ctx, input: z.infer<typeof ticketBody>) {
  const party = partyOf(ctx);
  if (!party) return { ...input, channel: 'desk' as const };
  if (party.type !== 'client') {
    throw new AppError('forbidden', "A supplier's team works the tickets routed to it");
  }
  if (input.clientId && input.clientId !== party.id)
    throw refusedField('clientId', 'No such client');
  if (input.groupId) throw refusedField('groupId', 'The desk routes tickets');
  if (input.assigneeId) throw refusedField('assigneeId', 'The desk assigns tickets');
  const user = await ctx.db
    .selectFrom('users')
    .select('email')
    .where('id', '=', userOf(ctx))
    .executeTakeFirstOrThrow();
  const contacts = await contactsByEmail(ctx.db, user.email, workspaceOf(ctx));
  const contact = contacts.find((c) => c.clientId === party.id);
  return {
    ...input,
    clientId: party.id,
    requesterContactId: input.requesterContactId ?? contact?.id ?? null,
    channel: 'portal' as const,
  };
}

/** Opens a ticket TCK-000123, assigned at once when it names who works it. */
export async function createTicket(ctx: Ctx, body: z.infer<typeof ticketBody>) {
  const input = await portalOpening(ctx, body);
  return openTicket(ctx, input);
}

/**
 * Opens a ticket from any channel: the desk, the client portal, or a client's mail (the
 * inbound listener calls this as the system).
 */
export async function openTicket(
  ctx: Ctx,
  input: z.infer<typeof ticketBody> & { channel: TicketChannel; messageId?: string | null },
) {
  const workspaceId = workspaceOf(ctx);
  await assertParties(ctx, input);
  await assertWorkers(ctx, input.groupId, input.assigneeId);
  const id = newId();
  const { priorityMatrix } = await deskSettingsOf(ctx.db, workspaceId);
  const priority = priorityIn(priorityMatrix, input.impact, input.urgency);
  const status = input.assigneeId || input.groupId ? 'assigned' : 'new';
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
        group_id: input.groupId,
        assignee_id: input.assigneeId,
        status,
        waiting_on: null,
        waiting_code: null,
        waiting_reason: null,
        channel: input.channel,
        due_at: null,
        message_id: input.messageId ?? null,
        major: false,
        parent_id: null,
        resolution: null,
        resolved_at: null,
        closed_at: null,
        created_at: now,
        created_by: ctx.actor.userId,
        updated_at: now,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'ticket.create',
      entityType: 'ticket',
      entityId: id,
      changes: created({ number, title: input.title, priority, channel: input.channel }),
    });
    await log(trx, ctx, id, now, [
      event({
        kind: 'created',
        status_to: status,
        priority,
        assignee_id: input.assigneeId,
        group_id: input.groupId,
      }),
    ]);
  });
  return getTicket(ctx, id);
}

/**
 * Where a change leaves the ticket. Routing it to another group hands it over: it awaits its
 * pickup there (assigned), with whoever was named or nobody. Naming someone assigns a new
 * ticket; taking them off one not yet worked makes it new again.
 */
function workersAfter(before: TicketRow, input: z.infer<typeof ticketUpdateBody>) {
  const group = input.groupId === undefined ? before.group_id : input.groupId;
  const rerouted = group !== before.group_id;
  const assignee =
    input.assigneeId !== undefined ? input.assigneeId : rerouted ? null : before.assignee_id;
  const working = ['new', 'assigned', 'in_progress', 'waiting'].includes(before.status);
  const status =
    rerouted && group && working
      ? 'assigned'
      : before.status === 'new' && assignee
        ? 'assigned'
        : before.status === 'assigned' && !assignee && !group
          ? 'new'
          : before.status;
  return { group, assignee, status, rerouted };
}

/**
 * A ticket is filed under another of the workspace's, one level deep: the parent is no child,
 * and a ticket with children of its own is filed under nothing.
 */
async function assertParent(ctx: Ctx, id: string, parentId: string) {
  const parent = await ticketRow(ctx.db, workspaceOf(ctx), parentId);
  if (!parent) throw refusedField('parentId', 'No such ticket');
  if (parent.id === id || parent.parent_id) {
    throw refusedField('parentId', 'A ticket is filed under one that is filed under none');
  }
  if ((await childRows(ctx.db, id)).length > 0) {
    throw refusedField('parentId', 'A ticket with tickets filed under it is filed under none');
  }
}

/** A major incident: the service managers hear of it at once. */
async function declareMajor(trx: Executor, ctx: Ctx, ticket: TicketRow) {
  const managers = await usersWith(trx, ticket.workspace_id, 'tickets:manage');
  await notify(trx, ctx.clock, managers, {
    workspaceId: ticket.workspace_id,
    kind: 'ticket.major',
    params: { number: ticket.number, title: ticket.title },
    link: `/tickets?ticket=${ticket.id}`,
    uniqueKey: `ticket-major:${ticket.id}:${isoNow(ctx.clock)}`,
  });
}

/**
 * Edits a ticket: its text, impact and urgency (the priority follows, and the log keeps the
 * change with its reason), the group it is routed to and who works it, whether it is a major
 * incident, and the ticket it is filed under.
 */
export async function updateTicket(ctx: Ctx, id: string, input: z.infer<typeof ticketUpdateBody>) {
  const current = await visibleTicket(ctx.db, ctx, id);
  const planned = workersAfter(current, input);
  await assertWorkers(ctx, planned.group, planned.assignee);
  if (input.parentId) await assertParent(ctx, id, input.parentId);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await visibleTicket(trx, ctx, id);
    assertVersion(before, input.version);
    if (before.status === 'closed') throw new AppError('unprocessable', 'The ticket is closed');
    const impact = input.impact ?? before.impact;
    const urgency = input.urgency ?? before.urgency;
    const { priorityMatrix } = await deskSettingsOf(trx, workspaceOf(ctx));
    const priority = priorityIn(priorityMatrix, impact, urgency);
    const { group, assignee, status, rerouted } = workersAfter(before, input);
    const leavesWait = status !== before.status && before.status === 'waiting';
    const values: Partial<TicketTable> = {
      ...(input.title === undefined ? {} : { title: input.title }),
      ...(input.description === undefined ? {} : { description: input.description }),
      ...(input.category === undefined ? {} : { category: input.category }),
      ...(impact === before.impact ? {} : { impact }),
      ...(urgency === before.urgency ? {} : { urgency }),
      ...(priority === before.priority ? {} : { priority }),
      ...(rerouted ? { group_id: group } : {}),
      ...(assignee === before.assignee_id ? {} : { assignee_id: assignee }),
      ...(status === before.status ? {} : { status }),
      ...(leavesWait ? { waiting_on: null, waiting_code: null, waiting_reason: null } : {}),
      ...(input.major === undefined || input.major === Boolean(before.major)
        ? {}
        : { major: input.major }),
      ...(input.parentId === undefined || input.parentId === before.parent_id
        ? {}
        : { parent_id: input.parentId }),
    };
    if (Object.keys(values).length === 0) return;
    await write(trx, ctx, before, input.version, values, 'ticket.update');
    const parentNumber = values.parent_id
      ? ((await ticketRow(trx, workspaceOf(ctx), values.parent_id))?.number ?? null)
      : null;
    if (values.major) await declareMajor(trx, ctx, before);
    await log(trx, ctx, id, isoNow(ctx.clock), [
      ...(values.priority
        ? [event({ kind: 'priority', priority, reason: input.reason ?? null })]
        : []),
      ...(values.assignee_id !== undefined
        ? [event({ kind: 'assignee', assignee_id: assignee })]
        : []),
      ...(values.major === undefined
        ? []
        : [event({ kind: 'major', reason: values.major ? 'declared' : 'stood down' })]),
      ...(values.parent_id === undefined
        ? []
        : [event({ kind: 'parent', reason: values.parent_id ? parentNumber : null })]),
      // Routing carries the hand-over's status, so a supplier's clock opens on it.
      ...(rerouted || values.status
        ? [
            event({
              kind: rerouted ? 'group' : 'status',
              group_id: rerouted ? group : null,
              ...(values.status ? { status_from: before.status, status_to: status } : {}),
            }),
          ]
        : []),
    ]);
  });
  return getTicket(ctx, id);
}
