import type { z } from 'zod';
import { type Party, partyOf } from '../../../platform/access/party-scope.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { AppError, refusedField } from '../../../platform/errors/app-error.ts';
import { notify } from '../../../platform/notifications/notify.ts';
import { assertOwner } from '../../../platform/workspaces/owner.ts';
import { event, log, write } from '../tickets/ticket-log.ts';
import { getTicket, visibleTicket } from '../tickets/tickets.service.ts';
import { insertComment } from './comments.repository.ts';
import type { commentBody } from './comments.schema.ts';
import type { CommentVisibility } from './comments.table.ts';

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
  for (const id of input.mentionIds) await assertOwner(ctx, id, 'mentionIds');
  const visibility = visibilityOf(party, input.visibility);
  await ctx.db.transaction().execute(async (trx) => {
    const ticket = await visibleTicket(trx, ctx, ticketId);
    if (ticket.status === 'closed') throw new AppError('unprocessable', 'The ticket is closed');
    const now = isoNow(ctx.clock);
    const commentId = await insertComment(trx, {
      workspace_id: workspaceOf(ctx),
      ticket_id: ticketId,
      body: input.body,
      visibility,
      mentions: input.mentionIds,
      author_id: ctx.actor.userId,
      author_party: party?.type ?? 'internal',
      created_at: now,
    });
    await audit(trx, ctx, {
      action: 'ticket.comment',
      entityType: 'ticket',
      entityId: ticketId,
      changes: { comment: { after: { id: commentId, visibility } } },
    });
    await notify(trx, ctx.clock, input.mentionIds, {
      workspaceId: workspaceOf(ctx),
      kind: 'ticket.mentioned',
      params: { number: ticket.number, title: ticket.title, author: ctx.actor.label ?? '' },
      link: `/tickets?ticket=${ticketId}`,
      uniqueKey: `ticket-mention:${commentId}`,
    });
    if (party && ticket.status === 'waiting' && ticket.waiting_on === party.type) {
      await write(
        trx,
        ctx,
        ticket,
        ticket.version,
        { status: 'in_progress', waiting_on: null, waiting_code: null, waiting_reason: null },
        'ticket.move',
      );
      await log(trx, ctx, ticketId, now, [
        event({
          kind: 'status',
          status_from: 'waiting',
          status_to: 'in_progress',
          reason: `The ${party.type} replied`,
          comment_id: commentId,
        }),
      ]);
    }
  });
  return getTicket(ctx, ticketId);
}
