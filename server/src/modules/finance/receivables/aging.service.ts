import { sql } from 'kysely';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { clientName } from '../../clients/index.ts';
import { getSettingsRow } from '../../settings/index.ts';
import { agingOf, bucketSums, bucketsOf } from '../reports/aging.ts';

/**
 * Receivables aging (应收账龄) today: what each client still owes, in base currency at the
 * rates its invoices were booked at, by how long past due. Amounts owed back to a client (an
 * invoice paid and then credited) count as current. The total is the receivables account's
 * balance.
 */
export async function receivablesAging(ctx: Ctx) {
  const workspaceId = workspaceOf(ctx);
  const asOf = todayOf(ctx);
  const rows = await ctx.db
    .selectFrom('invoices')
    .select((eb) => [
      'invoices.client_id',
      clientName(ctx.db, eb.ref('invoices.client_id')).as('client_name'),
      ...bucketSums(sql`invoices.due_date`, sql`invoices.base_open_minor`, asOf),
    ])
    .where('invoices.workspace_id', '=', workspaceId)
    .where('invoices.kind', '=', 'invoice')
    .where('invoices.status', '=', 'issued')
    .where('invoices.base_open_minor', '<>', 0)
    .groupBy('invoices.client_id')
    .execute();
  const { baseCurrency } = await getSettingsRow(ctx.db, workspaceId);
  const aging = agingOf(
    rows.map((r) => ({ client: { id: r.client_id, name: r.client_name ?? '' }, ...bucketsOf(r) })),
  );
  return { asOf, currency: baseCurrency, ...aging };
}
