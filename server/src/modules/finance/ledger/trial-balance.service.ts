import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { addDays } from '../../../platform/days.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { getSettingsRow } from '../../settings/index.ts';
import type { trialBalanceQuery } from './ledger.schema.ts';

type Posted = Map<string, { debit: number; credit: number }>;

/**
 * Per account, what was posted up to and including `day`: the months before its month from
 * the month balances, and its own month's lines up to it (read through an index that holds
 * the amounts), so no more than a month of lines is ever summed.
 */
async function postedUpTo(db: Executor, workspaceId: string, day: string): Promise<Posted> {
  const month = day.slice(0, 7);
  const [months, days] = await Promise.all([
    db
      .selectFrom('ledger_balances')
      .select((eb) => [
        'account_id',
        eb.fn.sum<number>('debit_minor').as('debit'),
        eb.fn.sum<number>('credit_minor').as('credit'),
      ])
      .where('workspace_id', '=', workspaceId)
      .where('period', '<', month)
      .groupBy('account_id')
      .execute(),
    db
      .selectFrom('journal_lines')
      .select((eb) => [
        'account_id',
        eb.fn.sum<number>('debit_minor').as('debit'),
        eb.fn.sum<number>('credit_minor').as('credit'),
      ])
      .where('workspace_id', '=', workspaceId)
      .where('posted_on', '>=', `${month}-01`)
      .where('posted_on', '<=', day)
      .groupBy('account_id')
      .execute(),
  ]);
  const posted: Posted = new Map();
  for (const r of [...months, ...days]) {
    const sum = posted.get(r.account_id) ?? { debit: 0, credit: 0 };
    posted.set(r.account_id, {
      debit: sum.debit + Number(r.debit ?? 0),
      credit: sum.credit + Number(r.credit ?? 0),
    });
  }
  return posted;
}

/**
 * Per account with any posting up to `to`: the balance before `from`, the debits and credits
 * from `from` to `to`, and the balance after: what was posted up to `to` less what was posted
 * before `from`. Every journal balances, so the totals must: `balanced` says whether they do.
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
  const [before, upTo] = await Promise.all([
    postedUpTo(ctx.db, workspaceId, addDays(from, -1)),
    postedUpTo(ctx.db, workspaceId, to),
  ]);
  const ids = [...upTo.keys()];
  const accounts =
    ids.length === 0
      ? []
      : await ctx.db
          .selectFrom('ledger_accounts')
          .select(['id', 'code', 'name_zh', 'name_en', 'type'])
          .where('workspace_id', '=', workspaceId)
          .where('id', 'in', ids)
          .orderBy('code')
          .execute();
  const { baseCurrency } = await getSettingsRow(ctx.db, workspaceId);
  const lines = accounts.map((a) => {
    const early = before.get(a.id) ?? { debit: 0, credit: 0 };
    const late = upTo.get(a.id) ?? { debit: 0, credit: 0 };
    const opening = early.debit - early.credit;
    const debit = late.debit - early.debit;
    const credit = late.credit - early.credit;
    return {
      account: { id: a.id, code: a.code, nameZh: a.name_zh, nameEn: a.name_en },
      type: a.type,
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
