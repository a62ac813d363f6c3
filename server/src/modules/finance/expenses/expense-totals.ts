import { sql } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import { Dec, roundMinor } from '../../../platform/money.ts';

/**
 * Approved expenses per project and month in base currency: what they cost before VAT (which
 * is reclaimed), and what re-billing them earns (billable lines at that cost with their
 * contract's markup), earned as approved like time. Each figure sums the lines behind it.
 */
export async function expenseTotals(
  db: Executor,
  workspaceId: string,
  filter: { from: string; to: string; projectIds?: readonly string[] },
) {
  if (filter.projectIds?.length === 0) return [];
  const month = sql<string>`substr(cast(l.day as text), 1, 7)`;
  let q = db
    .selectFrom('expense_lines as l')
    .innerJoin('expense_claims as c', 'c.id', 'l.claim_id')
    .select(['c.project_id', month.as('month'), 'l.markup'])
    .select(sql<string>`sum(l.amount_base_minor - l.tax_base_minor)`.as('cost'))
    .where('l.workspace_id', '=', workspaceId)
    .where('c.status', 'in', ['approved', 'paid'])
    .where('l.day', '>=', filter.from)
    .where('l.day', '<=', filter.to);
  if (filter.projectIds) q = q.where('c.project_id', 'in', filter.projectIds);
  const rows = await q.groupBy(['c.project_id', month, 'l.markup']).execute();
  const totals = new Map<string, { projectId: string; month: string; cost: number; exact: Dec }>();
  for (const r of rows) {
    const key = `${r.project_id}|${r.month}`;
    const t = totals.get(key) ?? {
      projectId: r.project_id,
      month: r.month,
      cost: 0,
      exact: new Dec(0),
    };
    t.cost += Number(r.cost);
    // Lines priced for the client carry their markup; the others earn nothing.
    if (r.markup !== null) t.exact = t.exact.plus(new Dec(r.cost).times(new Dec(1).plus(r.markup)));
    totals.set(key, t);
  }
  return [...totals.values()].map((t) => ({
    projectId: t.projectId,
    month: t.month,
    expenseCostMinor: t.cost,
    expenseRevenueMinor: roundMinor(t.exact),
  }));
}
