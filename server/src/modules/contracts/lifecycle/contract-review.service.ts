import type { z } from 'zod';
import { partyOf } from '../../../platform/access/party-scope.ts';
import { type Ctx, todayOf, userOf, workspaceOf } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors/app-error.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { notify } from '../../../platform/notifications/notify.ts';
import { type ContractRow, findApprovalRows, getContractRow } from '../contracts.repository.ts';
import type { decisionBody } from '../contracts.schema.ts';
import {
  assertContractableSupplier,
  contractForChange,
  getContract,
  writeContract,
} from '../contracts.service.ts';
import { approvalNeed, valueInBase } from './approval-rules.ts';
import { checkDecision, notifyApprovers, type Review, recordDecision } from './review-decision.ts';

const wrongStatus = (status: string, what: string) =>
  new AppError('unprocessable', `A contract that is ${status} cannot be ${what}`);

/**
 * Sends a draft for review. The approvals it needs are fixed now from the rules, by its value
 * in base currency on today's rate, so rule changes during a review do not move the goalposts.
 */
export async function submitContract(ctx: Ctx, id: string, version: number) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await contractForChange(trx, ctx, id, version);
    if (before.status !== 'draft') throw wrongStatus(before.status, 'submitted');
    if (before.supplier_id) await assertContractableSupplier(trx, workspaceId, before.supplier_id);
    const value = await valueInBase(trx, before, before.value_minor, todayOf(ctx));
    const need = await approvalNeed(trx, workspaceId, before.type, value);
    await writeContract(trx, ctx, before, 'contract.submit', {
      status: 'in_review',
      status_reason: null,
      review_round: before.review_round + 1,
      approvals_required: need.approvers,
      finance_required: need.finance,
      submitted_by: userOf(ctx),
    });
    await recordEvent(trx, ctx, 'contract.submitted', { contractId: id, ...need });
    await notifyApprovers(trx, ctx, {
      kind: 'contract.review',
      params: { number: before.number, title: before.title },
      link: `/contracts/${id}`,
      uniqueKey: `contract:${id}:review:${before.review_round + 1}`,
    });
  });
  return getContract(ctx, id);
}

/** Takes a contract in review, or approved but not yet signed, back to draft. */
export async function withdrawContract(ctx: Ctx, id: string, version: number) {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await contractForChange(trx, ctx, id, version);
    if (before.status !== 'in_review' && before.status !== 'approved') {
      throw wrongStatus(before.status, 'withdrawn');
    }
    await writeContract(trx, ctx, before, 'contract.withdraw', { status: 'draft' });
  });
  return getContract(ctx, id);
}

/** An approver's decision on a contract in review; a rejection sends it back to draft. */
export async function decideContract(ctx: Ctx, id: string, input: z.infer<typeof decisionBody>) {
  const workspaceId = workspaceOf(ctx);
  checkDecision(input);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await contractForChange(trx, ctx, id, input.version);
    if (before.status !== 'in_review') throw wrongStatus(before.status, 'approved or rejected');
    const outcome = await recordDecision(trx, ctx, reviewOf(before), input);
    const status = outcome === 'rejected' ? 'draft' : outcome;
    await writeContract(
      trx,
      ctx,
      before,
      `contract.${outcome === 'rejected' ? 'reject' : 'approve'}`,
      { status, status_reason: outcome === 'rejected' ? (input.comment ?? null) : null },
      {
        decision: { after: input.decision },
        comment: { after: input.comment ?? null },
        ...(status !== before.status ? { status: { before: before.status, after: status } } : {}),
      },
    );
    if (status === 'approved') await recordEvent(trx, ctx, 'contract.approved', { contractId: id });
    if (status !== 'in_review' && before.submitted_by) {
      await notify(trx, ctx.clock, [before.submitted_by], {
        workspaceId,
        kind: `contract.${outcome}`,
        params: { number: before.number, title: before.title },
        link: `/contracts/${id}`,
        uniqueKey: `contract:${id}:decided:${before.review_round}`,
      });
    }
  });
  return getContract(ctx, id);
}

const reviewOf = (c: ContractRow): Review => ({
  contractId: c.id,
  amendmentId: null,
  round: c.review_round,
  submittedBy: c.submitted_by,
  need: { approvers: c.approvals_required, finance: c.finance_required },
});

/** Approvals are our internal business: portal users never see them. */
export async function listApprovals(ctx: Ctx, id: string) {
  const workspaceId = workspaceOf(ctx);
  if (partyOf(ctx) || !(await getContractRow(ctx.db, workspaceId, id))) throw notFound('Contract');
  const rows = await findApprovalRows(ctx.db, workspaceId, id);
  return rows.map((a) => ({
    id: a.id,
    round: a.round,
    user: { id: a.user_id, name: a.user_name },
    decision: a.decision,
    comment: a.comment,
    finance: a.finance,
    amendmentId: a.amendment_id,
    createdAt: a.created_at,
  }));
}
