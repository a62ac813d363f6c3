import type { z } from 'zod';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { daysBetween, monthStart } from '../../../platform/days.ts';
import { Dec } from '../../../platform/money.ts';
import { getSettingsRow } from '../../settings/index.ts';
import type { dsoQuery } from './reports.schema.ts';

/**
 * Days sales outstanding month by month, from the ledger: what receivables stood at on each
 * month's last day (today for this month) over the revenue of the three months to then, times
 * their days. Null for a month with no revenue in its three.
 */
export async function dsoTrend(ctx: Ctx, query: z.infer<typeof dsoQuery>) {
  const workspaceId = workspaceOf(ctx);
  const today = todayOf(ctx);
  const accounts = await ctx.db
    .selectFrom('ledger_accounts')
    .select(['id', 'purpose'])
    .where('workspace_id', '=', workspaceId)
    .where('purpose', 'in', ['receivable', 'revenue'])
    .execute();
  const idOf = (purpose: string) => accounts.find((a) => a.purpose === purpose)?.id ?? '';
  const balances = await ctx.db
    .selectFrom('ledger_balances')
    .select(['account_id', 'period', 'debit_minor', 'credit_minor'])
    .where('workspace_id', '=', workspaceId)
    .where('account_id', 'in', [idOf('receivable'), idOf('revenue')])
    .where('period', '<=', today.slice(0, 7))
    .execute();
  const sum = (account: string, from: string, to: string, sign: 1 | -1) =>
    balances
      .filter((b) => b.account_id === account && b.period >= from && b.period <= to)
      .reduce((s, b) => s + sign * (Number(b.debit_minor) - Number(b.credit_minor)), 0);
  const months = Array.from({ length: query.months }, (_, i) =>
    monthStart(today, i - query.months + 1).slice(0, 7),
  );
  const { baseCurrency } = await getSettingsRow(ctx.db, workspaceId);
  return {
    currency: baseCurrency,
    months: months.map((month) => {
      const from = monthStart(`${month}-01`, -2);
      const end = month === today.slice(0, 7) ? today : monthStart(`${month}-01`, 1);
      const days = daysBetween(from, end) + (month === today.slice(0, 7) ? 1 : 0);
      const receivablesMinor = sum(idOf('receivable'), '0000-00', month, 1);
      const revenueMinor = sum(idOf('revenue'), from.slice(0, 7), month, -1);
      return {
        month,
        receivablesMinor,
        revenueMinor,
        days,
        dso:
          revenueMinor > 0
            ? new Dec(receivablesMinor).div(revenueMinor).times(days).toDecimalPlaces(1).toNumber()
            : null,
      };
    }),
  };
}
