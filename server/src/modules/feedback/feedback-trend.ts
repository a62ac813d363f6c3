import { type Ctx, workspaceOf } from '../../platform/context.ts';
import { internalClient } from './surveys.service.ts';

/** The trend covers this many months, the current one last. */
export const TREND_MONTHS = 12;

/** NPS: promoters (9–10) minus detractors (0–6), as shares of all answers. */
export function netPromoterScore(scores: number[]): number | null {
  if (scores.length === 0) return null;
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return Math.round(((promoters - detractors) / scores.length) * 100);
}

function lastMonths(now: Date): string[] {
  return Array.from({ length: TREND_MONTHS }, (_, i) => {
    const d = new Date(
      Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (TREND_MONTHS - 1 - i), 1),
    );
    return d.toISOString().slice(0, 7);
  });
}

/** Month by month (UTC): CSAT average, NPS, complaints and praise received. */
export async function feedbackTrend(ctx: Ctx, clientId: string) {
  await internalClient(ctx.db, ctx, clientId);
  const months = lastMonths(ctx.clock.now());
  const since = `${months[0]}-01T00:00:00.000Z`;
  const workspaceId = workspaceOf(ctx);
  const [answers, items] = await Promise.all([
    ctx.db
      .selectFrom('surveys')
      .select(['kind', 'score', 'responded_at'])
      .where('workspace_id', '=', workspaceId)
      .where('client_id', '=', clientId)
      .where('responded_at', '>=', since)
      .execute(),
    ctx.db
      .selectFrom('feedback_items')
      .select(['kind', 'received_at'])
      .where('workspace_id', '=', workspaceId)
      .where('client_id', '=', clientId)
      .where('received_at', '>=', since)
      .execute(),
  ]);
  return {
    months: months.map((month) => {
      const inMonth = answers.filter((a) => a.responded_at?.startsWith(month));
      const csat = inMonth.filter((a) => a.kind === 'csat').map((a) => a.score as number);
      const nps = inMonth.filter((a) => a.kind === 'nps').map((a) => a.score as number);
      const received = items.filter((f) => f.received_at.startsWith(month));
      return {
        month,
        csatResponses: csat.length,
        csatAverage: csat.length
          ? Math.round((csat.reduce((a, b) => a + b, 0) / csat.length) * 100)
          : null,
        npsResponses: nps.length,
        nps: netPromoterScore(nps),
        complaints: received.filter((f) => f.kind === 'complaint').length,
        praise: received.filter((f) => f.kind === 'praise').length,
      };
    }),
  };
}
