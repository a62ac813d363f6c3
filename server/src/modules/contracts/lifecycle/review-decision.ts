import type { Executor } from '../../../db/database.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, userOf, workspaceOf } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { type Notice, notify, usersWith } from '../../../platform/notifications/notify.ts';
import type { ApprovalDecision } from '../contracts.table.ts';
import { type ApprovalNeed, isSatisfied } from './approval-rules.ts';

/** A round of review of a contract, or of one of its amendments. */
export type Review = {
  contractId: string;
  amendmentId: string | null;
  round: number;
  submittedBy: string | null;
  need: ApprovalNeed;
};

export type DecisionInput = { decision: ApprovalDecision; comment?: string | undefined };

/** Everyone who may approve, except the submitter, hears that something waits for them. */
export async function notifyApprovers(
  trx: Executor,
  ctx: Ctx,
  notice: Omit<Notice, 'workspaceId'>,
) {
  const workspaceId = workspaceOf(ctx);
  const approvers = await usersWith(trx, workspaceId, 'contracts:approve');
  await notify(
    trx,
    ctx.clock,
    approvers.filter((u) => u !== ctx.actor.userId),
    { ...notice, workspaceId },
  );
}

/** A rejection says why; checked before anything is read or written. */
export function checkDecision(input: DecisionInput): void {
  if (input.decision === 'rejected' && !input.comment) {
    throw new AppError('validation_failed', 'Say why it is rejected', {
      fields: { 'body.comment': ['required when rejecting'] },
    });
  }
}

/**
 * Records one approver's decision in the round and says where the review stands. The
 * submitter never decides on their own submission and nobody decides twice in a round; the
 * round passes once its approvals meet the need, and fails at the first rejection.
 */
export async function recordDecision(
  trx: Executor,
  ctx: Ctx,
  review: Review,
  input: DecisionInput,
): Promise<'approved' | 'in_review' | 'rejected'> {
  const userId = userOf(ctx);
  if (review.submittedBy === userId) {
    throw new AppError('unprocessable', 'You submitted this for review; another person decides');
  }
  const round = await trx
    .selectFrom('contract_approvals')
    .select(['user_id', 'decision', 'finance'])
    .where('contract_id', '=', review.contractId)
    .where('round', '=', review.round)
    .execute();
  if (round.some((a) => a.user_id === userId)) {
    throw new AppError('unprocessable', 'You have already decided in this review');
  }
  const finance = Boolean(ctx.membership?.permissions.has('finance:approve'));
  await trx
    .insertInto('contract_approvals')
    .values({
      id: newId(),
      workspace_id: ctx.membership?.workspaceId as string,
      contract_id: review.contractId,
      amendment_id: review.amendmentId,
      round: review.round,
      user_id: userId,
      decision: input.decision,
      comment: input.comment ?? null,
      finance,
      created_at: isoNow(ctx.clock),
    })
    .execute();
  if (input.decision === 'rejected') return 'rejected';
  const approvals = [...round, { finance, decision: input.decision }].filter(
    (a) => a.decision === 'approved',
  );
  return isSatisfied(review.need, approvals) ? 'approved' : 'in_review';
}
