import { partyOf } from '../../platform/access/party-scope.ts';
import { type Ctx, todayOf, workspaceOf } from '../../platform/context.ts';
import { notFound } from '../../platform/errors/app-error.ts';
import { inForceStatuses } from '../contracts/index.ts';
import { type PositionsById, positionRef, positionsByIds } from '../settings/index.ts';
import { qualificationStatus } from './qualifications.service.ts';
import { findSupplierRowsByIds } from './suppliers.repository.ts';

/** How many recent final evaluations the average covers. */
const RECENT_EVALUATIONS = 4;

/**
 * Candidate suppliers side by side for selection: risk, evaluation record, qualifications and
 * the rates their contracts carry today. Rates are read straight from the contracts tables:
 * contracts depend on suppliers, never the other way round.
 */
export async function compareSuppliers(ctx: Ctx, ids: string[]) {
  const workspaceId = workspaceOf(ctx);
  const today = todayOf(ctx);
  const suppliers = await findSupplierRowsByIds(ctx.db, workspaceId, ids, partyOf(ctx));
  if (suppliers.length !== ids.length) throw notFound('Supplier');
  const [evaluations, qualifications, rates] = await Promise.all([
    ctx.db
      .selectFrom('supplier_evaluations')
      .select(['supplier_id', 'score', 'grade', 'period_end'])
      .where('workspace_id', '=', workspaceId)
      .where('supplier_id', 'in', ids)
      .where('status', '=', 'final')
      .orderBy('period_end', 'desc')
      .execute(),
    ctx.db
      .selectFrom('supplier_qualifications')
      .select(['supplier_id', 'name', 'valid_to', 'mandatory'])
      .where('workspace_id', '=', workspaceId)
      .where('supplier_id', 'in', ids)
      .orderBy('name')
      .execute(),
    ctx.db
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
      .execute(),
  ]);
  const positions = await positionsByIds(
    ctx.db,
    workspaceId,
    rates.map((r) => r.position_id),
  );
  return ids.map((id) => {
    const s = suppliers.find((x) => x.id === id) as (typeof suppliers)[number];
    const finals = evaluations.filter((e) => e.supplier_id === id);
    const recent = finals.slice(0, RECENT_EVALUATIONS).map((e) => e.score as number);
    const quals = qualifications
      .filter((q) => q.supplier_id === id)
      .map((q) => ({
        name: q.name,
        mandatory: q.mandatory,
        status: qualificationStatus(q.valid_to, today),
      }));
    return {
      id: s.id,
      number: s.number,
      name: s.name,
      status: s.status,
      riskTier: s.risk_tier,
      country: s.country,
      categories: s.categories,
      latest: finals[0]
        ? { grade: finals[0].grade, score: finals[0].score, periodEnd: finals[0].period_end }
        : null,
      averageScore: recent.length
        ? Math.round(recent.reduce((a, b) => a + b, 0) / recent.length)
        : null,
      evaluations: finals.length,
      qualifications: quals,
      rates: currentRates(
        rates.filter((r) => r.supplier_id === id),
        positions,
      ),
    };
  });
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
