import type { Executor } from '../../../db/database.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, todayOf } from '../../../platform/context.ts';
import { AppError, assertVersion, refusedField } from '../../../platform/errors/app-error.ts';
import { convertExact, Dec, inverseRate, roundMinor } from '../../../platform/money.ts';
import { clientContractOf } from '../../contracts/index.ts';
import { addProjectCosts, projectContractId } from '../../projects/index.ts';
import { rateToBase } from '../../settings/index.ts';
import { mayDecide, stageOf } from '../../time/index.ts';
import { postClaimJournal } from './expense-journal.ts';
import { type ClaimRow, type LineRow, lineRows } from './expenses.repository.ts';
import { getClaim, moveClaim, tellAbout, visibleClaim } from './expenses.service.ts';

/** The claim, its stage, and that the caller may decide it now: each decision starts here. */
async function decidable(trx: Executor, ctx: Ctx, id: string, version: number) {
  const claim = await visibleClaim(trx, ctx, id);
  assertVersion(claim, version);
  const stage = stageOf(claim);
  if (!stage) {
    throw new AppError(
      'unprocessable',
      `${claim.number} is ${claim.status}, not waiting for approval`,
    );
  }
  if (!mayDecide(ctx, claim, stage)) {
    throw new AppError('forbidden', 'This claim waits for someone else’s approval');
  }
  return { claim, stage };
}

/**
 * What the client is billed for each billable line, priced once as approval prices time: the
 * line's cost before its VAT, in the client contract's currency at the rate of the line's day,
 * with the contract's markup on top, rounded once.
 */
async function rebillPrices(trx: Executor, claim: ClaimRow, lines: readonly LineRow[]) {
  const billable = lines.filter((l) => l.billable);
  if (billable.length === 0) return [];
  const contractId = await projectContractId(trx, claim.workspace_id, claim.project_id);
  const contract =
    contractId === null ? null : await clientContractOf(trx, claim.workspace_id, contractId);
  if (!contract) {
    throw new AppError('unprocessable', 'The project bills no client contract to re-bill to');
  }
  const uplift = new Dec(1).plus(contract.expenseMarkup);
  const prices = [];
  for (const line of billable) {
    const net = line.amount_base_minor - line.tax_base_minor;
    const rate = await rateToBase(trx, claim.workspace_id, contract.currency, line.day);
    if (!rate) {
      throw refusedField('decision', `No exchange rate for ${contract.currency} on ${line.day}`);
    }
    const exact = convertExact(net, rate.baseCurrency, contract.currency, inverseRate(rate.rate));
    prices.push({
      id: line.id,
      markup: contract.expenseMarkup,
      currency: contract.currency,
      minor: roundMinor(exact.times(uplift)),
    });
  }
  return prices;
}

/**
 * The project's approval: billable lines priced for the client, the claim posted to the
 * ledger, and its cost counted against the project's expenses (earned value's actual cost
 * and the budget's expense category).
 */
async function approveForProject(trx: Executor, ctx: Ctx, claim: ClaimRow) {
  const lines = await lineRows(trx, claim.id);
  for (const price of await rebillPrices(trx, claim, lines)) {
    await trx
      .updateTable('expense_lines')
      .set({ markup: price.markup, rebill_currency: price.currency, rebill_minor: price.minor })
      .where('id', '=', price.id)
      .execute();
  }
  const today = todayOf(ctx);
  const journalId = await postClaimJournal(trx, ctx, claim, lines, today);
  await addProjectCosts(
    trx,
    claim.workspace_id,
    lines.map((l) => ({
      projectId: claim.project_id,
      day: l.day,
      category: 'expenses',
      amountBaseMinor: l.amount_base_minor - l.tax_base_minor,
      source: { type: 'expense_line', id: l.id },
    })),
  );
  return journalId;
}

export async function approveClaim(ctx: Ctx, id: string, version: number) {
  await ctx.db.transaction().execute(async (trx) => {
    const { claim, stage } = await decidable(trx, ctx, id, version);
    const now = isoNow(ctx.clock);
    if (stage === 'supplier') {
      await moveClaim(
        trx,
        ctx,
        claim,
        {
          status: 'supplier_approved',
          supplier_approved_by: ctx.actor.userId,
          supplier_approved_at: now,
        },
        'expense_claim.supplier_approve',
      );
      await tellAbout(trx, ctx, claim, [claim.project_manager_id], 'expense_claim.waiting');
      return;
    }
    const journalId = await approveForProject(trx, ctx, claim);
    await moveClaim(
      trx,
      ctx,
      claim,
      {
        status: 'approved',
        approved_by: ctx.actor.userId,
        approved_at: now,
        journal_id: journalId,
      },
      'expense_claim.approve',
    );
    await tellAbout(trx, ctx, claim, [claim.person_user_id], 'expense_claim.approved');
  });
  return getClaim(ctx, id);
}

export async function rejectClaim(ctx: Ctx, id: string, version: number, reason: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const { claim } = await decidable(trx, ctx, id, version);
    await moveClaim(
      trx,
      ctx,
      claim,
      { status: 'rejected', rejection_reason: reason },
      'expense_claim.reject',
      reason,
    );
    await tellAbout(trx, ctx, claim, [claim.person_user_id], 'expense_claim.rejected');
  });
  return getClaim(ctx, id);
}
