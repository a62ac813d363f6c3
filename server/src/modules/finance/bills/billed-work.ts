import { sql } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import { convertExact, Dec, roundMinor } from '../../../platform/money.ts';
import { approvedEntries } from '../../time/index.ts';

/**
 * Supplier-worker time that approved bills pay for, per project and month: what the bills
 * charge for it in base currency (each line's net shared over the entries it matched, at the
 * bill's rate) beside what the entries cost as approval priced them. Subcontract cost counts
 * the bill where there is one, so a bill above or below its match moves the margin.
 */
export async function billedWork(
  db: Executor,
  workspaceId: string,
  base: string,
  filter: { from: string; to: string; projectIds?: readonly string[] },
) {
  if (filter.projectIds?.length === 0) return [];
  const month = sql<string>`substr(cast(te.day as text), 1, 7)`;
  let q = approvedEntries(db, workspaceId)
    .innerJoin('bill_matches as m', 'm.source_id', 'te.id')
    .innerJoin('supplier_bill_lines as l', 'l.id', 'm.line_id')
    .innerJoin('supplier_bills as b', 'b.id', 'm.bill_id')
    .select(['te.project_id', month.as('month'), 'te.cost_base_minor', 'm.amount_minor'])
    .select(['l.net_minor', 'l.expected_minor', 'b.currency', 'b.fx_rate'])
    .where('m.source_type', '=', 'time_entry')
    .where('m.released_at', 'is', null)
    .where('b.status', 'in', ['approved', 'paid'])
    .where('te.day', '>=', filter.from)
    .where('te.day', '<=', filter.to);
  if (filter.projectIds) q = q.where('te.project_id', 'in', filter.projectIds);
  const totals = new Map<string, { projectId: string; month: string; billed: Dec; cost: number }>();
  for (const r of await q.execute()) {
    const key = `${r.project_id}|${r.month}`;
    const t = totals.get(key) ?? {
      projectId: r.project_id,
      month: r.month,
      billed: new Dec(0),
      cost: 0,
    };
    const share = r.expected_minor ? new Dec(r.amount_minor).div(r.expected_minor) : new Dec(0);
    const net = convertExact(r.net_minor, r.currency, base, r.fx_rate ?? '1');
    t.billed = t.billed.plus(net.times(share));
    t.cost += r.cost_base_minor ?? 0;
    totals.set(key, t);
  }
  return [...totals.values()].map((t) => ({
    projectId: t.projectId,
    month: t.month,
    billedMinor: roundMinor(t.billed),
    entryCostMinor: t.cost,
  }));
}
