import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { partyOf } from '../../../platform/access/party-scope.ts';
import { audit, created } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors/app-error.ts';
import {
  assertPosition,
  getSettingsRow,
  type PositionsById,
  positionRef,
  positionsByIds,
} from '../../settings/index.ts';
import { getContractRow } from '../contracts.repository.ts';
import type { ContractRateTable, Seniority } from '../contracts.table.ts';
import { isEditable } from '../lifecycle/contract-lifecycle.ts';
import { findRateRows, findRatesInForce, getRateRow, insertRate } from './rate-cards.repository.ts';
import type { rateBody } from './rate-cards.schema.ts';

type RateRow = Selectable<ContractRateTable>;

const presentRate = (r: RateRow, inForce: Set<string>, positions: PositionsById) => ({
  id: r.id,
  position: positionRef(positions, r.position_id),
  seniority: r.seniority,
  unit: r.unit,
  rateMinor: r.rate_minor,
  currency: r.currency,
  effectiveFrom: r.effective_from,
  inForce: inForce.has(r.id),
  createdAt: r.created_at,
});

/** A card is a contract's (seen as the contract is) or, for null, the workspace default. */
async function cardCurrency(db: Executor, ctx: Ctx, contractId: string | null) {
  const workspaceId = workspaceOf(ctx);
  if (contractId === null) return (await getSettingsRow(db, workspaceId)).baseCurrency;
  const contract = await getContractRow(db, workspaceId, contractId, partyOf(ctx));
  if (!contract) throw notFound('Contract');
  return contract.currency;
}

/** Every version on a card by position name, marking those in force on the day. */
export async function getRateCard(ctx: Ctx, contractId: string | null, day = todayOf(ctx)) {
  const workspaceId = workspaceOf(ctx);
  const currency = await cardCurrency(ctx.db, ctx, contractId);
  const rows = await findRateRows(ctx.db, workspaceId, contractId);
  const inForce = new Set(
    (await findRatesInForce(ctx.db, workspaceId, contractId, day)).map((r) => r.id),
  );
  const positions = await positionsByIds(
    ctx.db,
    workspaceId,
    rows.map((r) => r.position_id),
  );
  const items = rows.map((r) => presentRate(r, inForce, positions));
  // Stable: the rows come by position, seniority and newest start already.
  items.sort((a, b) => a.position.nameEn.localeCompare(b.position.nameEn));
  return { day, currency, items };
}

/**
 * The rate for a position and seniority on a day: the contract's own, else the workspace default.
 * Every later use of rates (timesheet pricing, margin, staffing cost) goes through here.
 */
export async function rateOnDay(
  db: Executor,
  workspaceId: string,
  contractId: string,
  positionId: string,
  seniority: Seniority,
  day: string,
) {
  const only = { positionId, seniority };
  const [own] = await findRatesInForce(db, workspaceId, contractId, day, only);
  if (own) return { rate: own, source: 'contract' as const };
  const [fallback] = await findRatesInForce(db, workspaceId, null, day, only);
  return fallback ? { rate: fallback, source: 'default' as const } : { rate: null, source: null };
}

export async function getRateOnDay(
  ctx: Ctx,
  contractId: string,
  q: { positionId: string; seniority: Seniority; day: string },
) {
  const workspaceId = workspaceOf(ctx);
  await cardCurrency(ctx.db, ctx, contractId);
  const found = await rateOnDay(ctx.db, workspaceId, contractId, q.positionId, q.seniority, q.day);
  const positions = await positionsByIds(ctx.db, workspaceId, [q.positionId]);
  return {
    rate: found.rate ? presentRate(found.rate, new Set([found.rate.id]), positions) : null,
    source: found.source,
  };
}

/** Rates change on a draft's card; a signed contract's rates change by amendment. */
async function editableCard(trx: Executor, ctx: Ctx, contractId: string | null) {
  const currency = await cardCurrency(trx, ctx, contractId);
  if (contractId !== null) {
    const contract = await getContractRow(trx, workspaceOf(ctx), contractId);
    if (contract && !isEditable(contract.status)) {
      throw new AppError('unprocessable', 'Only a draft contract has its rates edited');
    }
  }
  return currency;
}

export async function addRate(
  ctx: Ctx,
  contractId: string | null,
  input: z.infer<typeof rateBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const currency = await editableCard(trx, ctx, contractId);
    await assertPosition(trx, workspaceId, input.positionId, 'body.positionId');
    const rows = await findRateRows(trx, workspaceId, contractId);
    const clash = rows.some(
      (r) =>
        r.position_id === input.positionId &&
        r.seniority === input.seniority &&
        r.effective_from === input.effectiveFrom,
    );
    if (clash) {
      throw new AppError(
        'unprocessable',
        'A rate for this position and seniority already starts that day',
      );
    }
    const values = { contractId, ...input, currency };
    const id = await insertRate(trx, {
      ...values,
      workspaceId,
      at: isoNow(ctx.clock),
      by: ctx.actor.userId,
    });
    await audit(trx, ctx, {
      action: 'rate.create',
      entityType: 'rate',
      entityId: id,
      changes: created(values),
    });
  });
  return getRateCard(ctx, contractId);
}

export async function removeRate(ctx: Ctx, contractId: string | null, rateId: string) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await editableCard(trx, ctx, contractId);
    const row = await getRateRow(trx, workspaceId, rateId);
    if (!row || row.contract_id !== contractId) throw notFound('Rate');
    await trx.deleteFrom('contract_rates').where('id', '=', rateId).execute();
    await audit(trx, ctx, {
      action: 'rate.delete',
      entityType: 'rate',
      entityId: rateId,
      changes: {
        positionId: { before: row.position_id },
        seniority: { before: row.seniority },
        rateMinor: { before: row.rate_minor },
      },
    });
  });
  return getRateCard(ctx, contractId);
}
