import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { addDays, daysBetween, mondayOf } from '../../../platform/days.ts';
import { getSettingsRow } from '../../settings/index.ts';
import { accountFor } from '../ledger/accounts.service.ts';
import type { cashQuery } from './reports.schema.ts';

/** What the bank holds today: the bank account's debits less credits over every month so far. */
async function bankBalance(db: Executor, ctx: Ctx, workspaceId: string, today: string) {
  const account = await accountFor(db, ctx, workspaceId, 'bank');
  const row = await db
    .selectFrom('ledger_balances')
    .select((eb) => [
      eb.fn.coalesce(eb.fn.sum<string>('debit_minor'), eb.lit(0)).as('debit'),
      eb.fn.coalesce(eb.fn.sum<string>('credit_minor'), eb.lit(0)).as('credit'),
    ])
    .where('workspace_id', '=', workspaceId)
    .where('account_id', '=', account)
    .where('period', '<=', today.slice(0, 7))
    .executeTakeFirstOrThrow();
  return Number(row.debit) - Number(row.credit);
}

/**
 * How late each client pays, in days past the due date on average over the payments it made
 * (never early: a client who pays early is expected on the due date).
 */
async function clientDelays(db: Executor, workspaceId: string) {
  const paid = await db
    .selectFrom('payment_allocations as a')
    .innerJoin('invoices as i', 'i.id', 'a.invoice_id')
    .select(['i.client_id', 'i.due_date', 'a.allocated_on'])
    .where('a.workspace_id', '=', workspaceId)
    .execute();
  const delays = new Map<string, number[]>();
  for (const p of paid) {
    if (!p.due_date) continue;
    const late = Math.max(0, daysBetween(p.due_date, p.allocated_on));
    delays.set(p.client_id, [...(delays.get(p.client_id) ?? []), late]);
  }
  return new Map(
    [...delays].map(([client, days]) => [
      client,
      Math.round(days.reduce((s, d) => s + d, 0) / days.length),
    ]),
  );
}

/**
 * The cash forecast (现金流预测) for the weeks ahead, in base currency: receipts expected from
 * open invoices on their due date plus the client's usual delay (what is already late, this
 * week), and payments of approved supplier bills on their due date (held ones too: owed
 * all the same), from today's bank balance week by week.
 */
export async function cashForecast(ctx: Ctx, query: z.infer<typeof cashQuery>) {
  const workspaceId = workspaceOf(ctx);
  const today = todayOf(ctx);
  const first = mondayOf(today);
  const weekOf = (day: string) =>
    Math.max(0, Math.floor(daysBetween(first, day < today ? today : day) / 7));
  const weeks = Array.from({ length: query.weeks }, (_, i) => ({
    weekStart: addDays(first, 7 * i),
    receiptsMinor: 0,
    paymentsMinor: 0,
  }));
  const delays = await clientDelays(ctx.db, workspaceId);
  const invoices = await ctx.db
    .selectFrom('invoices')
    .select(['client_id', 'due_date', 'base_open_minor'])
    .where('workspace_id', '=', workspaceId)
    .where('kind', '=', 'invoice')
    .where('status', '=', 'issued')
    .where('base_open_minor', '>', 0)
    .execute();
  for (const i of invoices) {
    const expected = addDays(i.due_date ?? today, delays.get(i.client_id) ?? 0);
    const week = weeks[weekOf(expected)];
    if (week) week.receiptsMinor += i.base_open_minor ?? 0;
  }
  const bills = await ctx.db
    .selectFrom('supplier_bills')
    .select(['due_date', 'base_total_minor'])
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'approved')
    .execute();
  for (const b of bills) {
    const week = weeks[weekOf(b.due_date)];
    if (week) week.paymentsMinor += b.base_total_minor ?? 0;
  }
  const openingMinor = await bankBalance(ctx.db, ctx, workspaceId, today);
  let closing = openingMinor;
  const { baseCurrency } = await getSettingsRow(ctx.db, workspaceId);
  return {
    asOf: today,
    currency: baseCurrency,
    openingMinor,
    weeks: weeks.map((w) => {
      const netMinor = w.receiptsMinor - w.paymentsMinor;
      closing += netMinor;
      return { ...w, netMinor, closingMinor: closing };
    }),
  };
}
