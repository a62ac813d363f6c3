import { sql } from 'kysely';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { getSettingsRow } from '../../settings/index.ts';
import { supplierName } from '../../suppliers/index.ts';
import { agingOf, bucketSums, bucketsOf } from '../reports/aging.ts';

/**
 * Payables aging (应付账龄) today: what we owe each supplier on approved bills not yet paid, in
 * base currency at the rates they were booked at, by how long past due. The total is the
 * payables account's balance (held bills included: they are owed, only not yet payable).
 */
export async function payablesAging(ctx: Ctx) {
  const workspaceId = workspaceOf(ctx);
  const asOf = todayOf(ctx);
  const rows = await ctx.db
    .selectFrom('supplier_bills')
    .select((eb) => [
      'supplier_bills.supplier_id',
      supplierName(ctx.db, eb.ref('supplier_bills.supplier_id')).as('supplier_name'),
      ...bucketSums(sql`supplier_bills.due_date`, sql`supplier_bills.base_total_minor`, asOf),
    ])
    .where('supplier_bills.workspace_id', '=', workspaceId)
    .where('supplier_bills.status', '=', 'approved')
    .groupBy('supplier_bills.supplier_id')
    .execute();
  const { baseCurrency } = await getSettingsRow(ctx.db, workspaceId);
  const aging = agingOf(
    rows.map((r) => ({
      supplier: { id: r.supplier_id, name: r.supplier_name ?? '' },
      ...bucketsOf(r),
    })),
  );
  return { asOf, currency: baseCurrency, ...aging };
}
