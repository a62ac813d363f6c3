import type { z } from 'zod';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { getSettingsRow } from '../../settings/index.ts';
import type { trialBalanceQuery } from './ledger.schema.ts';

/**
 * Per account with any posting up to `to`: the balance before `from`, the debits and credits
 * from `from` to `to`, and the balance after, all in one grouped read of the lines. Every
 * journal balances, so the totals must: `balanced` says whether they do.
 */
export async function trialBalance(ctx: Ctx, query: z.infer<typeof trialBalanceQuery>) {
  const workspaceId = workspaceOf(ctx);
  const to = query.to ?? todayOf(ctx);
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to) {
    throw new AppError('validation_failed', 'The range ends before it starts', {
      fields: { 'querystring.to': ['before from'] },
    });
  }
  const rows = await ctx.db
    .selectFrom('journal_lines as l')
    .innerJoin('ledger_accounts as a', 'a.id', 'l.account_id')
    .select((eb) => [
      'a.id',
      'a.code',
      'a.name_zh',
      'a.name_en',
      'a.type',
      eb.fn.sum<number>('l.debit_minor').filterWhere('l.posted_on', '<', from).as('opening_debit'),
      eb.fn
        .sum<number>('l.credit_minor')
        .filterWhere('l.posted_on', '<', from)
        .as('opening_credit'),
      eb.fn.sum<number>('l.debit_minor').filterWhere('l.posted_on', '>=', from).as('debit'),
      eb.fn.sum<number>('l.credit_minor').filterWhere('l.posted_on', '>=', from).as('credit'),
    ])
    .where('l.workspace_id', '=', workspaceId)
    .where('l.posted_on', '<=', to)
    .groupBy(['a.id', 'a.code', 'a.name_zh', 'a.name_en', 'a.type'])
    .orderBy('a.code')
    .execute();
  const { baseCurrency } = await getSettingsRow(ctx.db, workspaceId);
  const n = (v: number | string | null) => Number(v ?? 0);
  const lines = rows.map((r) => {
    const opening = n(r.opening_debit) - n(r.opening_credit);
    const debit = n(r.debit);
    const credit = n(r.credit);
    return {
      account: { id: r.id, code: r.code, nameZh: r.name_zh, nameEn: r.name_en },
      type: r.type,
      openingMinor: opening,
      debitMinor: debit,
      creditMinor: credit,
      closingMinor: opening + debit - credit,
    };
  });
  const debit = lines.reduce((s, l) => s + l.debitMinor, 0);
  const credit = lines.reduce((s, l) => s + l.creditMinor, 0);
  const opening = lines.reduce((s, l) => s + l.openingMinor, 0);
  return {
    from,
    to,
    currency: baseCurrency,
    rows: lines,
    totals: { debitMinor: debit, creditMinor: credit, balanced: debit === credit && opening === 0 },
  };
}
