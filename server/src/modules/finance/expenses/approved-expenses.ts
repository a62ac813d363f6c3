import { sql } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import { Dec, roundMinor } from '../../../platform/money.ts';

/**
 * Approved expense lines of projects over days, in base currency: what each cost before VAT
 * (which is reclaimed), and what re-billing it earns (a billable line at that cost with its
 * contract's markup, each line rounded once), earned as approved like time.
 */
export async function approvedExpenses(
  db: Executor,
  workspaceId: string,
  filter: { from: string; to: string; projectIds?: readonly string[] },
) {
  if (filter.projectIds?.length === 0) return [];
  let q = db
    .selectFrom('expense_lines as l')
    .innerJoin('expense_claims as c', 'c.id', 'l.claim_id')
    .select(['c.project_id', 'c.number', 'l.day', 'l.description', 'l.markup'])
    .select(sql<number>`l.amount_base_minor - l.tax_base_minor`.as('cost'))
    .where('l.workspace_id', '=', workspaceId)
    .where('c.status', 'in', ['approved', 'paid'])
    .where('l.day', '>=', filter.from)
    .where('l.day', '<=', filter.to);
  if (filter.projectIds) q = q.where('c.project_id', 'in', filter.projectIds);
  const rows = await q.orderBy('l.day').orderBy('c.number').execute();
  return rows.map((r) => ({
    projectId: r.project_id,
    month: r.day.slice(0, 7),
    day: r.day,
    label: `${r.number} ${r.description}`,
    expenseCostMinor: Number(r.cost),
    // Lines priced for the client carry their markup; the others earn nothing.
    expenseRevenueMinor:
      r.markup === null ? 0 : roundMinor(new Dec(r.cost).times(new Dec(1).plus(r.markup))),
  }));
}
