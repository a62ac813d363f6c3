import type { z } from 'zod';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { Dec } from '../../../platform/money.ts';
import { getClientRow } from '../../clients/index.ts';
import { projectHeadings } from '../../projects/index.ts';
import { getSettingsRow } from '../../settings/index.ts';
import { approvedTotals } from '../../time/index.ts';
import { billedWork } from '../bills/billed-work.ts';
import { approvedExpenses } from '../expenses/approved-expenses.ts';
import { contractRevenue } from './contract-revenue.ts';
import type { pnlQuery } from './reports.schema.ts';

type Sum = {
  revenue: number;
  labour: number;
  subcontract: number;
  expenses: number;
  minutes: number;
};
/** A project's month with nothing in it yet, for one figure to be set. */
const none = (at: { projectId: string; month: string }) => ({
  projectId: at.projectId,
  month: at.month,
  revenueMinor: 0,
  labourCostMinor: 0,
  subcontractCostMinor: 0,
  expenseCostMinor: 0,
  minutes: 0,
});
const zero = (): Sum => ({ revenue: 0, labour: 0, subcontract: 0, expenses: 0, minutes: 0 });

function figures(s: Sum) {
  const margin = s.revenue - s.labour - s.subcontract - s.expenses;
  return {
    revenueMinor: s.revenue,
    labourCostMinor: s.labour,
    subcontractCostMinor: s.subcontract,
    expensesMinor: s.expenses,
    grossMarginMinor: margin,
    marginPercent: s.revenue === 0 ? null : new Dec(margin).times(100).div(s.revenue).toFixed(1),
    hours: s.minutes / 60,
  };
}

/** The label of each group: a project's number and name, a client's name, a month. */
async function labelsOf(
  ctx: Ctx,
  by: z.infer<typeof pnlQuery>['by'],
  keys: string[],
  projects: Awaited<ReturnType<typeof projectHeadings>>,
) {
  if (by === 'month') return new Map(keys.map((k) => [k, k]));
  if (by === 'project') return new Map(projects.map((p) => [p.id, `${p.number} ${p.name}`]));
  const clients = await Promise.all(keys.map((id) => getClientRow(ctx.db, workspaceOf(ctx), id)));
  return new Map(clients.flatMap((c) => (c ? [[c.id, c.name] as const] : [])));
}

/**
 * Profit and loss over days, by project, client or month, in base currency. Revenue as each
 * contract earns it: approved billable time at its fixed price where time and materials bill
 * by the hour, the others by their contract (percentage of completion, accepted milestones,
 * retainer periods); re-billed expenses with their markup. Labour at employees' cost;
 * subcontracting at what approved supplier bills charge for the hours they matched, at the
 * workers' cost where no bill has come; expenses at their cost before VAT. Every figure is the
 * sum of the entries, milestones, periods, bill lines and expense lines behind it.
 */
export async function profitAndLoss(ctx: Ctx, query: z.infer<typeof pnlQuery>) {
  const workspaceId = workspaceOf(ctx);
  const { baseCurrency } = await getSettingsRow(ctx.db, workspaceId);
  const filter = {
    from: query.from,
    to: query.to,
    ...(query.projectId ? { projectIds: [query.projectId] } : {}),
  };
  const [time, expenses, bills, contracts] = await Promise.all([
    approvedTotals(ctx.db, workspaceId, filter),
    approvedExpenses(ctx.db, workspaceId, filter),
    billedWork(ctx.db, workspaceId, baseCurrency, filter),
    contractRevenue(ctx, filter, baseCurrency),
  ]);
  const totals = [
    ...time.map((t) => ({
      ...t,
      revenueMinor: contracts.covered.has(t.projectId) ? 0 : t.revenueMinor,
      expenseCostMinor: 0,
    })),
    ...expenses.map((e) => ({
      ...none(e),
      revenueMinor: e.expenseRevenueMinor,
      expenseCostMinor: e.expenseCostMinor,
    })),
    ...bills.map((b) => ({ ...none(b), subcontractCostMinor: b.billedMinor - b.entryCostMinor })),
    ...contracts.earned.map((e) => ({ ...none(e), revenueMinor: e.revenueMinor })),
  ];
  const projects = await projectHeadings(ctx.db, workspaceId, [
    ...new Set(totals.map((t) => t.projectId)),
  ]);
  const clientOf = new Map(projects.map((p) => [p.id, p.client_id ?? '']));
  const keyOf = (t: (typeof totals)[number]) =>
    query.by === 'month'
      ? t.month
      : query.by === 'client'
        ? (clientOf.get(t.projectId) ?? '')
        : t.projectId;
  const groups = new Map<string, Sum>();
  const all = zero();
  for (const t of totals) {
    const key = keyOf(t);
    const sum = groups.get(key) ?? zero();
    for (const s of [sum, all]) {
      s.revenue += t.revenueMinor;
      s.labour += t.labourCostMinor;
      s.subcontract += t.subcontractCostMinor;
      s.expenses += t.expenseCostMinor;
      s.minutes += t.minutes;
    }
    groups.set(key, sum);
  }
  const labels = await labelsOf(ctx, query.by, [...groups.keys()], projects);
  const rows = [...groups].map(([key, sum]) => ({
    key,
    label: labels.get(key) ?? '—',
    ...figures(sum),
  }));
  rows.sort((a, b) =>
    query.by === 'month' ? a.key.localeCompare(b.key) : b.revenueMinor - a.revenueMinor,
  );
  return { ...query, currency: baseCurrency, rows, totals: figures(all) };
}
