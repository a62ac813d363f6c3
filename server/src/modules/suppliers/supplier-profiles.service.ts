import { partyOf } from '../../platform/access/party-scope.ts';
import { type Ctx, todayOf, workspaceOf } from '../../platform/context.ts';
import { notFound } from '../../platform/errors/app-error.ts';
import { qualificationStatus } from './qualifications/qualifications.service.ts';
import { findSupplierRowsByIds } from './suppliers.repository.ts';

/** How many recent final evaluations the average covers. */
const RECENT_EVALUATIONS = 4;

/**
 * Candidate suppliers as sourcing compares them: risk, evaluation record and qualifications,
 * in the order of the ids; 404 unless the caller sees every one (a portal user only their
 * own). The rates their contracts carry are added by contracts, which sits above suppliers.
 */
export async function supplierProfiles(ctx: Ctx, ids: string[]) {
  const workspaceId = workspaceOf(ctx);
  const today = todayOf(ctx);
  const suppliers = await findSupplierRowsByIds(ctx.db, workspaceId, ids, partyOf(ctx));
  if (suppliers.length !== ids.length) throw notFound('Supplier');
  const [evaluations, qualifications] = await Promise.all([
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
  ]);
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
    };
  });
}
