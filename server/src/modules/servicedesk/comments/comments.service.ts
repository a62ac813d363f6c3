import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { type Party, partyOf } from '../../../platform/access/party-scope.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError, refusedField } from '../../../platform/errors/app-error.ts';
import { notify } from '../../../platform/notifications/notify.ts';
import { assertInternalMembers } from '../../../platform/workspaces/owner.ts';
import { tellRequester } from '../mail/tell-requester.ts';
import { event, log, write } from '../tickets/ticket-log.ts';
import type { TicketRow } from '../tickets/tickets.repository.ts';
import { getTicket, visibleTicket } from '../tickets/tickets.service.ts';
import { insertComment } from './comments.repository.ts';
import type { commentBody } from './comments.schema.ts';
import type { AuthorParty, CommentVisibility } from './comments.table.ts';

/**
 * Who reads a comment: we choose (only us, the client, or the supplier's team); a client's
 * user writes to the client conversation; a supplier's team to the client conversation of the
 * ticket it holds, or (by default) to its private one with us.
 */
function visibilityOf(party: Party, asked: CommentVisibility): CommentVisibility {
  if (!party) return asked;
  if (party.type === 'client') {
    if (asked === 'supplier') throw refusedField('visibility', 'The client writes to the desk');
    return 'client';
  }
  return asked === 'client' ? 'client' : 'supplier';
}

/**
 * Adds to a ticket's conversation, and may name members, who are notified (the desk only). The
 * awaited party's reply ends a wait on it: the ticket is back in work and the clocks it paused
 * run again.
 */
export async function addComment(ctx: Ctx, ticketId: string, input: z.infer<typeof commentBody>) {
  const party = partyOf(ctx);
  if (party && input.mentionIds.length > 0) {
    throw refusedField('mentionIds', 'Only the desk mentions');
  }
  await assertInternalMembers(ctx, input.mentionIds, 'mentionIds');
  const visibility = visibilityOf(party, input.visibility);
  await ctx.db.transaction().execute(async (trx) => {
    const ticket = await visibleTicket(trx, ctx, ticketId);
    await postComment(trx, ctx, ticket, {
      body: input.body,
      visibility,
      mentions: input.mentionIds,
      authorParty: party?.type ?? 'internal',
      authorContactId: null,
      messageId: null,
    });
  });
  return getTicket(ctx, ticketId);
}

/**
 * Posts a comment to a ticket in the caller's transaction, with its audit entry; tells the
 * members it names; and, when it is the awaited party's answer, ends the wait: the ticket is
 * back in work and the clocks it paused run again. A closed ticket takes no more.
 */
export async function postComment(
  trx: Executor,
  ctx: Ctx,
  ticket: TicketRow,
  c: {
    body: string;
    visibility: CommentVisibility;
    mentions: string[];
    authorParty: AuthorParty;
    authorContactId: string | null;
    messageId: string | null;
  },
) {
  if (ticket.status === 'closed') throw new AppError('unprocessable', 'The ticket is closed');
  const now = isoNow(ctx.clock);
  const commentId = await insertComment(trx, {
    workspace_id: ticket.workspace_id,
    ticket_id: ticket.id,
    body: c.body,
    visibility: c.visibility,
    mentions: c.mentions,
    author_id: ctx.actor.userId,
    author_contact_id: c.authorContactId,
    author_party: c.authorParty,
    message_id: c.messageId,
    created_at: now,
  });
  await audit(trx, ctx, {
    action: 'ticket.comment',
    entityType: 'ticket',
    entityId: ticket.id,
    changes: { comment: { after: { id: commentId, visibility: c.visibility } } },
  });
  // What the desk (or the supplier's team, as the desk) writes to the client reaches them by mail.
  if (c.visibility === 'client' && c.authorParty !== 'client') {
    await tellRequester(trx, ctx, ticket, c.body);
  }
  await notify(trx, ctx.clock, c.mentions, {
    workspaceId: ticket.workspace_id,
    kind: 'ticket.mentioned',
    params: { number: ticket.number, title: ticket.title, author: ctx.actor.label ?? '' },
    link: `/tickets?ticket=${ticket.id}`,
    uniqueKey: `ticket-mention:${commentId}`,
  });
  if (ticket.status !== 'waiting' || ticket.waiting_on !== c.authorParty) return commentId;
  await write(
    trx,
    ctx,
    ticket,
    ticket.version,
    { status: 'in_progress', waiting_on: null, waiting_code: null, waiting_reason: null },
    'ticket.move',
  );
  await log(trx, ctx, ticket.id, now, [
    event({
      kind: 'status',
      status_from: 'waiting',
      status_to: 'in_progress',
      reason: `The ${c.authorParty} replied`,
      comment_id: commentId,
    }),
  ]);
  return commentId;
}
