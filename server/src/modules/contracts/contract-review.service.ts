import type { z } from 'zod';
import { partyOf } from '../../platform/access/party-scope.ts';
import { isoNow } from '../../platform/clock.ts';
import { type Ctx, todayOf, userOf, workspaceOf } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { recordEvent } from '../../platform/events/events.ts';
import { newId } from '../../platform/ids.ts';
import { rateToBase, toBase } from '../settings/index.ts';
import { approvalNeed, isSatisfied } from './approval-rules.ts';
import { findApprovalRows, getContractRow } from './contracts.repository.ts';
import type { decisionBody } from './contracts.schema.ts';
import {
  assertContractableSupplier,
  contractForChange,
  getContract,
  writeContract,
} from './contracts.service.ts';

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
    const fx = await rateToBase(trx, workspaceId, before.currency, todayOf(ctx));
    if (!fx) {
      throw new AppError(
        'unprocessable',
        `Enter an exchange rate for ${before.currency} first: approval rules compare values in the base currency`,
      );
    }
    const need = await approvalNeed(trx, workspaceId, before.type, toBase(before.value_minor, fx));
    await writeContract(trx, ctx, before, 'contract.submit', {
      status: 'in_review',
      status_reason: null,
      review_round: before.review_round + 1,
      approvals_required: need.approvers,
      finance_required: need.finance,
      submitted_by: userOf(ctx),
    });
    await recordEvent(trx, ctx, 'contract.submitted', { contractId: id, ...need });
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

/**
 * An approver's decision in the current round. The submitter never approves their own
 * contract, nobody decides twice in a round, a rejection says why and sends it back to
 * draft; the contract is approved once the round's approvals meet what it needs.
 */
export async function decideContract(ctx: Ctx, id: string, input: z.infer<typeof decisionBody>) {
  const workspaceId = workspaceOf(ctx);
  const userId = userOf(ctx);
  if (input.decision === 'rejected' && !input.comment) {
    throw new AppError('validation_failed', 'Say why it is rejected', {
      fields: { 'body.comment': ['required when rejecting'] },
    });
  }
  await ctx.db.transaction().execute(async (trx) => {
    const before = await contractForChange(trx, ctx, id, input.version);
    if (before.status !== 'in_review') throw wrongStatus(before.status, 'approved or rejected');
    if (before.submitted_by === userId) {
      throw new AppError('unprocessable', 'You submitted this contract; another person decides');
    }
    const round = (await findApprovalRows(trx, workspaceId, id)).filter(
      (a) => a.round === before.review_round,
    );
    if (round.some((a) => a.user_id === userId)) {
      throw new AppError('unprocessable', 'You have already decided in this review');
    }
    const finance = Boolean(ctx.membership?.permissions.has('finance:approve'));
    await trx
      .insertInto('contract_approvals')
      .values({
        id: newId(),
        workspace_id: workspaceId,
        contract_id: id,
        round: before.review_round,
        user_id: userId,
        decision: input.decision,
        comment: input.comment ?? null,
        finance,
        created_at: isoNow(ctx.clock),
      })
      .execute();
    const approvals = [...round, { finance, decision: input.decision }].filter(
      (a) => a.decision === 'approved',
    );
    const need = { approvers: before.approvals_required, finance: before.finance_required };
    const status =
      input.decision === 'rejected'
        ? 'draft'
        : isSatisfied(need, approvals)
          ? 'approved'
          : 'in_review';
    await writeContract(
      trx,
      ctx,
      before,
      `contract.${input.decision === 'rejected' ? 'reject' : 'approve'}`,
      {
        status,
        status_reason: input.decision === 'rejected' ? (input.comment ?? null) : null,
      },
      {
        decision: { after: input.decision },
        comment: { after: input.comment ?? null },
        ...(status !== before.status ? { status: { before: before.status, after: status } } : {}),
      },
    );
    if (status === 'approved') await recordEvent(trx, ctx, 'contract.approved', { contractId: id });
  });
  return getContract(ctx, id);
}

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
    createdAt: a.created_at,
  }));
}
