import { audit } from '../../../platform/audit/audit.ts';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { addDays, monthEnd } from '../../../platform/days.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { getSettingsRow } from '../../settings/index.ts';
import { getJournal, type PostingLine, postJournal } from './journals.service.ts';
import {
  fxRevaluation,
  percentOfCompletion,
  retainerDeferral,
  wipAccrual,
} from './month-end-figures.ts';

/** The month-end entries (月末结账), each posted on the month's last day. */
const kinds = ['wip', 'fx', 'poc', 'deferred'] as const;
type Kind = (typeof kinds)[number];

const descriptions: Record<Kind, string> = {
  wip: '已完工未开票收入计提 Accrued revenue of unbilled work',
  fx: '外币应收应付期末汇兑重估 Month-end revaluation of foreign receivables and payables',
  poc: '固定总价合同完工百分比收入确认 Fixed-price revenue by percentage of completion',
  deferred: '预收工时包未到期收入递延 Retainer blocks billed ahead of their period deferred',
};

/**
 * Posts an ended month's accruals on its last day, each journal reversed on the next month's
 * first day, so the next month's invoices and payments book on a clean slate: approved work
 * not yet invoiced as revenue against contract assets; foreign receivables and payables
 * revalued at the month's last rate; fixed-price contracts' revenue brought to their
 * percentage of completion; retainer blocks billed ahead of their period deferred for the days
 * still to run. Figures are as the books stand when it runs: run it before the
 * next month's invoices. Once per month; a month with nothing to accrue posts nothing.
 */
export async function postMonthEnd(ctx: Ctx, period: string) {
  const workspaceId = workspaceOf(ctx);
  const lastDay = monthEnd(`${period}-01`);
  if (lastDay >= todayOf(ctx)) {
    throw new AppError('unprocessable', `${period} has not ended: its accruals wait for its end`);
  }
  const ids = await ctx.db.transaction().execute(async (trx) => {
    const done = await trx
      .selectFrom('journals')
      .select('number')
      .where('workspace_id', '=', workspaceId)
      .where('source_type', '=', 'month_end')
      .where('period', '=', period)
      .executeTakeFirst();
    if (done)
      throw new AppError('conflict', `${period}'s accruals are posted already (${done.number})`);
    const { baseCurrency } = await getSettingsRow(trx, workspaceId);
    const figures: Record<Kind, PostingLine[]> = {
      wip: await wipAccrual(trx, ctx, workspaceId, lastDay),
      fx: await fxRevaluation(trx, ctx, workspaceId, baseCurrency, lastDay),
      poc: await percentOfCompletion(trx, ctx, workspaceId, baseCurrency),
      deferred: await retainerDeferral(trx, ctx, workspaceId, baseCurrency, lastDay),
    };
    const posted: string[] = [];
    for (const kind of kinds) {
      const lines = figures[kind];
      if (lines.length === 0) continue;
      const id = await postJournal(trx, ctx, {
        postedOn: lastDay,
        description: `${period} ${descriptions[kind]}`,
        source: { type: 'month_end', id: `${period}/${kind}` },
        lines,
      });
      await postJournal(trx, ctx, {
        postedOn: addDays(lastDay, 1),
        description: `${period} ${descriptions[kind]}: reversed`,
        source: { type: 'reversal', id },
        reversesId: id,
        lines: lines.map((l) => ({ ...l, debitMinor: l.creditMinor, creditMinor: l.debitMinor })),
      });
      posted.push(id);
    }
    await audit(trx, ctx, {
      action: 'period.accrue',
      entityType: 'period',
      entityId: period,
      changes: { journals: { after: posted.length } },
    });
    return posted;
  });
  return {
    period,
    journals: await Promise.all(ids.map((id) => getJournal(ctx, id))),
  };
}
