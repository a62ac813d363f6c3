import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { supplierWorkerIds } from '../people/index.ts';
import { approvedEntries } from './approved-entries.ts';

/**
 * Approved time summed per project and month in base currency, as it was priced at approval:
 * what billable hours earn, what employees and supplier workers cost, and the hours. Revenue
 * of time and materials is recognised as it is approved, so this is what a P&L reads.
 */
export async function approvedTotals(
  db: Executor,
  workspaceId: string,
  filter: { from: string; to: string; projectIds?: readonly string[] },
) {
  const month = sql<string>`substr(cast(te.day as text), 1, 7)`;
  const supplier = sql`te.person_id in (${supplierWorkerIds(db, workspaceId)})`;
  let q = approvedEntries(db, workspaceId)
    .select([
      'te.project_id',
      month.as('month'),
      sql<string>`coalesce(sum(case when te.billable = ${true} then te.bill_base_minor else 0 end), 0)`.as(
        'revenue',
      ),
      sql<string>`coalesce(sum(case when ${supplier} then 0 else te.cost_base_minor end), 0)`.as(
        'labour',
      ),
      sql<string>`coalesce(sum(case when ${supplier} then te.cost_base_minor else 0 end), 0)`.as(
        'subcontract',
      ),
      sql<string>`coalesce(sum(te.minutes), 0)`.as('minutes'),
    ])
    .where('te.day', '>=', filter.from)
    .where('te.day', '<=', filter.to);
  if (filter.projectIds) {
    if (filter.projectIds.length === 0) return [];
    q = q.where('te.project_id', 'in', filter.projectIds);
  }
  const rows = await q.groupBy(['te.project_id', month]).execute();
  return rows.map((r) => ({
    projectId: r.project_id,
    month: r.month,
    revenueMinor: Number(r.revenue),
    labourCostMinor: Number(r.labour),
    subcontractCostMinor: Number(r.subcontract),
    minutes: Number(r.minutes),
  }));
}
