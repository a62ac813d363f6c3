import { sql } from 'kysely';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { addDays } from '../../../platform/days.ts';
import { clientName } from '../../clients/index.ts';
import { getSettingsRow } from '../../settings/index.ts';

const bucketKeys = [
  'currentMinor',
  'days1to30Minor',
  'days31to60Minor',
  'days61to90Minor',
  'over90Minor',
] as const;

/**
 * Receivables aging (账龄) today: what each client still owes, in base currency at the rates
 * its invoices were booked at, by how long past due. Amounts owed back to a client (an invoice
 * paid and then credited) count as current. The total is the receivables account's balance.
 */
export async function receivablesAging(ctx: Ctx) {
  const workspaceId = workspaceOf(ctx);
  const asOf = todayOf(ctx);
  // Due on or after each of these days falls in the bucket before the next.
  const edges = [asOf, addDays(asOf, -30), addDays(asOf, -60), addDays(asOf, -90)];
  const owed = sql`invoices.base_open_minor > 0`;
  const inBucket = (i: number) => {
    if (i === 0) return sql`(not (${owed}) or invoices.due_date >= ${edges[0]})`;
    const upper = sql`invoices.due_date < ${edges[i - 1]}`;
    return i === 4
      ? sql`${owed} and ${upper}`
      : sql`${owed} and ${upper} and invoices.due_date >= ${edges[i]}`;
  };
  const rows = await ctx.db
    .selectFrom('invoices')
    .select((eb) => [
      'invoices.client_id',
      clientName(ctx.db, eb.ref('invoices.client_id')).as('client_name'),
      ...bucketKeys.map((key, i) =>
        sql<string>`sum(case when ${inBucket(i)} then invoices.base_open_minor else 0 end)`.as(key),
      ),
    ])
    .where('invoices.workspace_id', '=', workspaceId)
    .where('invoices.kind', '=', 'invoice')
    .where('invoices.status', '=', 'issued')
    .where('invoices.base_open_minor', '<>', 0)
    .groupBy('invoices.client_id')
    .execute();
  const present = rows
    .map((r) => {
      const buckets = Object.fromEntries(bucketKeys.map((k) => [k, Number(r[k])])) as Record<
        (typeof bucketKeys)[number],
        number
      >;
      const totalMinor = bucketKeys.reduce((s, k) => s + buckets[k], 0);
      return { client: { id: r.client_id, name: r.client_name ?? '' }, ...buckets, totalMinor };
    })
    .sort((a, b) => b.totalMinor - a.totalMinor);
  const totals = Object.fromEntries(
    [...bucketKeys, 'totalMinor' as const].map((k) => [k, present.reduce((s, r) => s + r[k], 0)]),
  ) as Record<(typeof bucketKeys)[number] | 'totalMinor', number>;
  const { baseCurrency } = await getSettingsRow(ctx.db, workspaceId);
  return { asOf, currency: baseCurrency, rows: present, totals };
}
