import type { Executor } from '../../../db/database.ts';
import { convertExact, Dec, roundMinor } from '../../../platform/money.ts';
import { approvedEntries } from '../../time/index.ts';

/**
 * Supplier-worker entries that approved bills pay for, over days: what the bill charges for
 * each in base currency (its line's net shared over the entries the line matched, at the
 * bill's rate) beside what the entry cost as approval priced it. Subcontract cost counts the
 * bill where there is one, so a bill above or below its match moves the margin.
 */
export async function billedWork(
  db: Executor,
  workspaceId: string,
  base: string,
  filter: { from: string; to: string; projectIds?: readonly string[] },
) {
  if (filter.projectIds?.length === 0) return [];
  let q = approvedEntries(db, workspaceId)
    .innerJoin('bill_matches as m', 'm.source_id', 'te.id')
    .innerJoin('supplier_bill_lines as l', 'l.id', 'm.line_id')
    .innerJoin('supplier_bills as b', 'b.id', 'm.bill_id')
    .select(['te.id', 'te.project_id', 'te.day', 'te.cost_base_minor', 'm.amount_minor'])
    .select(['l.net_minor', 'l.expected_minor', 'b.number', 'b.currency', 'b.fx_rate'])
    .where('m.source_type', '=', 'time_entry')
    .where('m.released_at', 'is', null)
    .where('b.status', 'in', ['approved', 'paid'])
    .where('te.day', '>=', filter.from)
    .where('te.day', '<=', filter.to);
  if (filter.projectIds) q = q.where('te.project_id', 'in', filter.projectIds);
  return (await q.execute()).map((r) => {
    const share = r.expected_minor ? new Dec(r.amount_minor).div(r.expected_minor) : new Dec(0);
    const net = convertExact(r.net_minor, r.currency, base, r.fx_rate ?? '1');
    return {
      entryId: r.id,
      projectId: r.project_id,
      month: r.day.slice(0, 7),
      bill: r.number,
      billedMinor: roundMinor(net.times(share)),
      entryCostMinor: r.cost_base_minor ?? 0,
    };
  });
}
