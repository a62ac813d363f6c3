import { sql } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors/app-error.ts';

/** YYYY-MM of a day. */
export const periodOf = (day: string) => day.slice(0, 7);

/** Refuses a posting into a closed month. */
export async function assertPeriodOpen(trx: Executor, workspaceId: string, period: string) {
  const closed = await trx
    .selectFrom('ledger_periods')
    .select('period')
    .where('workspace_id', '=', workspaceId)
    .where('period', '=', period)
    .executeTakeFirst();
  if (closed) throw new AppError('unprocessable', `${period} is closed: nothing posts into it`);
}

/** Per month: how many journals, and how many of them are its month-end accruals. */
const journalCounts = (db: Executor, workspaceId: string) =>
  db
    .selectFrom('journals')
    .select((eb) => [
      'period',
      eb.fn.countAll<number>().as('n'),
      sql<number>`sum(case when source_type = 'month_end' then 1 else 0 end)`.as('accruals'),
    ])
    .where('workspace_id', '=', workspaceId)
    .groupBy('period');

/**
 * The months of the ledger, newest first: every month with journals or closed, and the
 * current one, with how many journals each holds and whether its accruals are posted.
 */
export async function listPeriods(ctx: Ctx) {
  const workspaceId = workspaceOf(ctx);
  const [counts, closed] = await Promise.all([
    journalCounts(ctx.db, workspaceId).execute(),
    ctx.db
      .selectFrom('ledger_periods')
      .select(['period', 'closed_at'])
      .where('workspace_id', '=', workspaceId)
      .execute(),
  ]);
  const journals = new Map(counts.map((c) => [c.period, c]));
  const closedAt = new Map(closed.map((c) => [c.period, c.closed_at]));
  const months = new Set([...journals.keys(), ...closedAt.keys(), periodOf(todayOf(ctx))]);
  return [...months]
    .sort()
    .reverse()
    .map((period) => ({
      period,
      journals: Number(journals.get(period)?.n ?? 0),
      accrued: Number(journals.get(period)?.accruals ?? 0) > 0,
      closed: closedAt.has(period),
      closedAt: closedAt.get(period) ?? null,
    }));
}

/** One month as the periods list shows it, whether or not it holds journals. */
async function periodSummary(ctx: Ctx, period: string) {
  const workspaceId = workspaceOf(ctx);
  const [count, closed] = await Promise.all([
    journalCounts(ctx.db, workspaceId).where('period', '=', period).executeTakeFirst(),
    ctx.db
      .selectFrom('ledger_periods')
      .select('closed_at')
      .where('workspace_id', '=', workspaceId)
      .where('period', '=', period)
      .executeTakeFirst(),
  ]);
  return {
    period,
    journals: Number(count?.n ?? 0),
    accrued: Number(count?.accruals ?? 0) > 0,
    closed: Boolean(closed),
    closedAt: closed?.closed_at ?? null,
  };
}

/** Closes a month that has ended: from then on nothing posts into it. */
export async function closePeriod(ctx: Ctx, period: string) {
  const workspaceId = workspaceOf(ctx);
  if (period >= periodOf(todayOf(ctx))) {
    throw new AppError('unprocessable', `${period} has not ended yet`);
  }
  await ctx.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('ledger_periods')
      .values({
        workspace_id: workspaceId,
        period,
        closed_at: isoNow(ctx.clock),
        closed_by: ctx.actor.userId,
      })
      .onConflict((oc) => oc.columns(['workspace_id', 'period']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
      throw new AppError('unprocessable', `${period} is closed already`);
    }
    await audit(trx, ctx, {
      action: 'period.close',
      entityType: 'period',
      entityId: period,
      changes: { closed: { before: false, after: true } },
    });
  });
  return periodSummary(ctx, period);
}

/** Opens a closed month again, for a correction someone must explain. */
export async function reopenPeriod(ctx: Ctx, period: string, reason: string) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const deleted = await trx
      .deleteFrom('ledger_periods')
      .where('workspace_id', '=', workspaceId)
      .where('period', '=', period)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) {
      throw new AppError('unprocessable', `${period} is not closed`);
    }
    await audit(trx, ctx, {
      action: 'period.reopen',
      entityType: 'period',
      entityId: period,
      changes: { closed: { before: true, after: false }, reason: { after: reason } },
    });
  });
  return periodSummary(ctx, period);
}
