import { sql } from 'kysely';
import type { z } from 'zod';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { personField, supplierWorkerIds } from '../../people/index.ts';
import { getSettingsRow } from '../../settings/index.ts';
import { approvedEntries } from '../../time/index.ts';
import { billedWork } from '../bills/billed-work.ts';
import { approvedExpenses } from '../expenses/approved-expenses.ts';
import { contractRevenue } from './contract-revenue.ts';
import type { pnlSourcesQuery, SourceKind } from './reports.schema.ts';

type Source = {
  kind: SourceKind;
  day: string;
  label: string;
  hours: number | null;
  amountMinor: number;
};

/** A project's approved entries over the days, with who worked them and whether a supplier's. */
function entriesOf(ctx: Ctx, projectId: string, from: string, to: string) {
  const ws = workspaceOf(ctx);
  return approvedEntries(ctx.db, ws)
    .select(['te.id', 'te.day', 'te.minutes', 'te.billable', 'te.bill_base_minor'])
    .select(['te.cost_base_minor'])
    .select((eb) => [
      personField(ctx.db, eb.ref('te.person_id'), 'name').as('person'),
      sql<boolean>`te.person_id in (${supplierWorkerIds(ctx.db, ws)})`.as('supplier'),
    ])
    .where('te.project_id', '=', projectId)
    .where('te.day', '>=', from)
    .where('te.day', '<=', to)
    .orderBy('te.day')
    .orderBy('te.id')
    .execute();
}

/**
 * What one figure of a project's P&L is made of, item by item, in base currency: the entries,
 * milestones, completion, retainer periods, bill lines and expense lines the P&L sums, so the
 * items add up to the figure exactly.
 */
export async function pnlSources(ctx: Ctx, query: z.infer<typeof pnlSourcesQuery>) {
  const ws = workspaceOf(ctx);
  const { baseCurrency } = await getSettingsRow(ctx.db, ws);
  const filter = { from: query.from, to: query.to, projectIds: [query.projectId] };
  const [entries, expenses] = await Promise.all([
    entriesOf(ctx, query.projectId, query.from, query.to),
    approvedExpenses(ctx.db, ws, filter),
  ]);
  const time = (e: (typeof entries)[number], amountMinor: number, label = e.person ?? '—') => ({
    kind: 'time' as const,
    day: e.day,
    label,
    hours: e.minutes / 60,
    amountMinor,
  });
  const expense = (e: (typeof expenses)[number], amountMinor: number) => ({
    kind: 'expense' as const,
    day: e.day,
    label: e.label,
    hours: null,
    amountMinor,
  });
  let items: Source[];
  if (query.figure === 'revenue') {
    const contracts = await contractRevenue(ctx, filter, baseCurrency);
    items = [
      ...(contracts.covered.has(query.projectId)
        ? contracts.earned.map((e) => ({ ...e, hours: null, amountMinor: e.revenueMinor }))
        : entries.flatMap((e) =>
            e.billable && e.bill_base_minor ? [time(e, e.bill_base_minor)] : [],
          )),
      ...expenses.flatMap((e) =>
        e.expenseRevenueMinor ? [expense(e, e.expenseRevenueMinor)] : [],
      ),
    ];
  } else if (query.figure === 'labour') {
    items = entries.flatMap((e) => (e.supplier ? [] : [time(e, e.cost_base_minor ?? 0)]));
  } else if (query.figure === 'subcontract') {
    const billed = new Map(
      (await billedWork(ctx.db, ws, baseCurrency, filter)).map((b) => [b.entryId, b]),
    );
    items = entries.flatMap((e) => {
      if (!e.supplier) return [];
      const bill = billed.get(e.id);
      return [
        bill
          ? {
              ...time(e, bill.billedMinor, `${bill.bill} ${e.person ?? ''}`),
              kind: 'bill' as const,
            }
          : time(e, e.cost_base_minor ?? 0),
      ];
    });
  } else {
    items = expenses.map((e) => expense(e, e.expenseCostMinor));
  }
  const rows = items.filter((i) => i.amountMinor !== 0);
  const totalMinor = rows.reduce((sum, i) => sum + i.amountMinor, 0);
  return { currency: baseCurrency, figure: query.figure, totalMinor, rows };
}
