import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { type PositionsById, positionRef, positionsByIds } from '../../settings/index.ts';
import { supplierProfiles } from '../../suppliers/index.ts';
import { inForceStatuses } from '../contracts.table.ts';

/**
 * Candidate suppliers side by side for selection: what suppliers knows of each (risk,
 * evaluations, qualifications) and the rates their contracts in force carry today.
 */
export async function compareSuppliers(ctx: Ctx, ids: string[]) {
  const workspaceId = workspaceOf(ctx);
  const today = todayOf(ctx);
  const profiles = await supplierProfiles(ctx, ids);
  const rates = await ctx.db
    .selectFrom('contract_rates as r')
    .innerJoin('contracts as c', 'c.id', 'r.contract_id')
    .select([
      'c.supplier_id',
      'r.position_id',
      'r.seniority',
      'r.unit',
      'r.rate_minor',
      'r.currency',
      'r.effective_from',
    ])
    .where('c.workspace_id', '=', workspaceId)
    .where('c.supplier_id', 'in', ids)
    .where('c.status', 'in', inForceStatuses)
    .where('r.effective_from', '<=', today)
    .orderBy('r.effective_from', 'desc')
    .execute();
  const positions = await positionsByIds(
    ctx.db,
    workspaceId,
    rates.map((r) => r.position_id),
  );
  return profiles.map((p) => ({
    ...p,
    rates: currentRates(
      rates.filter((r) => r.supplier_id === p.id),
      positions,
    ),
  }));
}

type RateRow = {
  position_id: string;
  seniority: string;
  unit: string;
  rate_minor: number;
  currency: string;
};

/** The newest rate per position, seniority and unit (rows come newest first). */
function currentRates(rows: RateRow[], positions: PositionsById) {
  const seen = new Map<string, RateRow>();
  for (const r of rows) {
    const key = `${r.position_id}|${r.seniority}|${r.unit}|${r.currency}`;
    if (!seen.has(key)) seen.set(key, r);
  }
  return [...seen.values()]
    .map((r) => ({
      position: positionRef(positions, r.position_id),
      seniority: r.seniority,
      unit: r.unit,
      rateMinor: r.rate_minor,
      currency: r.currency,
    }))
    .sort(
      (a, b) =>
        a.position.nameEn.localeCompare(b.position.nameEn) ||
        a.seniority.localeCompare(b.seniority),
    );
}
