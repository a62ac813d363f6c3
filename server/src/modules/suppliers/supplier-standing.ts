import type { Executor } from '../../db/database.ts';
import type { Grade } from './evaluations/evaluations.table.ts';
import { suppliersWithExpiredMandatory } from './qualifications/qualifications.service.ts';
import type { RiskTier, SupplierStatus } from './suppliers.table.ts';

/** Where a supplier stands for new business, as procurement and sourcing ask it. */
export type SupplierStanding = {
  status: SupplierStatus;
  riskTier: RiskTier | null;
  /** The grade of its latest final evaluation, if any. */
  latestGrade: Grade | null;
  /** A mandatory qualification has run out. */
  mandatoryExpired: boolean;
  /** Approved, with every mandatory qualification in date: it may be invited and awarded. */
  qualified: boolean;
};

/**
 * The standing of several suppliers of a workspace on `today`, in three reads;
 * suppliers not in the workspace are left out of the map.
 */
export async function supplierStandings(
  db: Executor,
  workspaceId: string,
  supplierIds: string[],
  today: string,
): Promise<Map<string, SupplierStanding>> {
  if (supplierIds.length === 0) return new Map();
  const suppliers = await db
    .selectFrom('suppliers')
    .select(['id', 'status', 'risk_tier'])
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', supplierIds)
    .execute();
  const expired = await suppliersWithExpiredMandatory(db, workspaceId, supplierIds, today);
  // Newest period first, as the comparison reads them: the first of each supplier is its latest.
  const finals = await db
    .selectFrom('supplier_evaluations')
    .select(['supplier_id', 'grade'])
    .where('workspace_id', '=', workspaceId)
    .where('supplier_id', 'in', supplierIds)
    .where('status', '=', 'final')
    .orderBy('period_end', 'desc')
    .orderBy('finalized_at', 'desc')
    .execute();
  const gradeOf = new Map<string, Grade | null>();
  for (const e of finals) if (!gradeOf.has(e.supplier_id)) gradeOf.set(e.supplier_id, e.grade);
  return new Map(
    suppliers.map((s) => {
      const mandatoryExpired = expired.has(s.id);
      return [
        s.id,
        {
          status: s.status,
          riskTier: s.risk_tier,
          latestGrade: gradeOf.get(s.id) ?? null,
          mandatoryExpired,
          qualified: s.status === 'approved' && !mandatoryExpired,
        },
      ];
    }),
  );
}
