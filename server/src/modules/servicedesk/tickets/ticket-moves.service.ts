import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { partyOf } from '../../../platform/access/party-scope.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { AppError, assertVersion } from '../../../platform/errors/app-error.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { insertComment } from '../comments/comments.repository.ts';
import type { CommentVisibility } from '../comments/comments.table.ts';
import { tellRequester } from '../mail/tell-requester.ts';
import { ticketResolved } from './ticket-events.ts';
import { mayMove, portalMayMove, REOPEN_DAYS, reopenable } from './ticket-lifecycle.ts';
import { event, log, write } from './ticket-log.ts';
import { childRows, type TicketRow, ticketRow } from './tickets.repository.ts';
import type { transitionBody } from './tickets.schema.ts';
import { getTicket, visibleTicket } from './tickets.service.ts';
import type { WaitingParty } from './tickets.table.ts';

/**
 * Where the message that asks for a wait is posted: to the client, or to the supplier's team,
 * in the conversation that party reads; a wait on us is noted internally, or, asked by the
 * supplier's team, in its conversation with us.
 */
function askedIn(waitingOn: WaitingParty, author: 'client' | 'supplier' | null): CommentVisibility {
  if (waitingOn !== 'internal') return waitingOn;
  return author === 'supplier' ? 'supplier' : 'internal';
}

/** A resolution tells other modules: the contact who asked is asked how satisfied they are. */
async function announceResolution(trx: Executor, ctx: Ctx, ticket: TicketRow) {
  if (!ticket.client_id || !ticket.requester_contact_id) return;
  await recordEvent(trx, ctx, ticketResolved.type, {
    ticketId: ticket.id,
    clientId: ticket.client_id,
    contactId: ticket.requester_contact_id,
  });
}

/** The open tickets filed under a resolved one are resolved with it, saying so. */
async function resolveChildren(
  trx: Executor,
  ctx: Ctx,
  parent: TicketRow,
  resolution: string,
  now: string,
) {
  for (const c of await childRows(trx, parent.id)) {
    if (c.status === 'resolved' || c.status === 'closed') continue;
    const child = (await ticketRow(trx, parent.workspace_id, c.id)) as TicketRow;
    const text = `${parent.number}: ${resolution}`.slice(0, 4000);
    await write(
      trx,
      ctx,
      child,
      child.version,
      {
        status: 'resolved',
        waiting_on: null,
        waiting_code: null,
        waiting_reason: null,
        resolution: text,
        resolved_at: now,
      },
      'ticket.move',
    );
    await announceResolution(trx, ctx, child);
    await log(trx, ctx, child.id, now, [
      event({ kind: 'status', status_from: child.status, status_to: 'resolved', reason: text }),
    ]);
  }
}

/**
 * Moves a ticket along its lifecycle: into work, waiting on someone (which of the client, a
 * supplier or us, the reason code, what is awaited, and the message that asks, kept as the
 * pause's evidence: the SLA clocks pause by whose turn it is), resolved with what was done,
 * closed, or reopened within REOPEN_DAYS of its resolution. A resolution tells other modules
 * (the contact who asked is asked how satisfied they are) and resolves the tickets filed under
 * it. A client's portal user confirms or
 * turns down a resolution; a supplier's team works the tickets routed to it.
 */
export async function moveTicket(ctx: Ctx, id: string, input: z.infer<typeof transitionBody>) {
  const party = partyOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await visibleTicket(trx, ctx, id);
    assertVersion(before, input.version);
    const to = input.status;
    if (!mayMove(before.status, to)) {
      throw new AppError('unprocessable', `A ${before.status} ticket cannot become ${to}`);
    }
    if (party && !portalMayMove(party.type, before.status, to, input.waitingOn)) {
      throw new AppError('forbidden', `A ${party.type} does not move a ticket to ${to}`);
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
        waiting_code: waiting ? (input.waitingCode ?? null) : null,
        waiting_reason: waiting ? (input.reason ?? null) : null,
        ...(to === 'resolved' ? { resolution: input.resolution ?? null, resolved_at: now } : {}),
        ...(reopening ? { resolution: null, resolved_at: null } : {}),
        ...(to === 'closed' ? { closed_at: now } : {}),
      },
      'ticket.move',
    );
    const asked = waiting && input.message && input.waitingOn ? input.message : null;
    const visibility = askedIn(input.waitingOn ?? 'internal', party?.type ?? null);
    const commentId = asked
      ? await insertComment(trx, {
          workspace_id: workspaceOf(ctx),
          ticket_id: id,
          body: asked,
          visibility,
          mentions: [],
          author_id: ctx.actor.userId,
          author_party: party?.type ?? 'internal',
          created_at: now,
        })
      : null;
    if (asked && visibility === 'client') await tellRequester(trx, ctx, before, asked);
    if (to === 'resolved') {
      await announceResolution(trx, ctx, before);
      await resolveChildren(trx, ctx, before, input.resolution ?? '', now);
    }
    await log(trx, ctx, id, now, [
      event({
        kind: 'status',
        status_from: before.status,
        status_to: to,
        waiting_on: waiting ? (input.waitingOn ?? null) : null,
        waiting_code: waiting ? (input.waitingCode ?? null) : null,
        reason: input.reason ?? input.resolution ?? null,
        comment_id: commentId,
      }),
    ]);
  });
  return getTicket(ctx, id);
}
