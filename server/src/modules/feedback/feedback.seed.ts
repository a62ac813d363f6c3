import type { Clock } from '../../platform/clock.ts';
import type { Ctx } from '../../platform/context.ts';
import { listContacts } from '../clients/index.ts';
import { createFeedback } from './feedback.service.ts';
import { answerSurvey, issueSurvey } from './surveys.service.ts';

const DAY_MS = 24 * 3600 * 1000;

/** Scores answered month by month, oldest first: CSAT improves, NPS follows. */
const answers = [
  { daysAgo: 170, kind: 'csat', score: 3 },
  { daysAgo: 160, kind: 'nps', score: 6 },
  { daysAgo: 140, kind: 'csat', score: 3 },
  { daysAgo: 110, kind: 'csat', score: 4 },
  { daysAgo: 100, kind: 'nps', score: 8 },
  { daysAgo: 80, kind: 'csat', score: 4 },
  { daysAgo: 50, kind: 'csat', score: 5 },
  { daysAgo: 40, kind: 'nps', score: 9 },
  { daysAgo: 20, kind: 'csat', score: 4 },
  { daysAgo: 10, kind: 'nps', score: 10 },
] as const;

const before = (clock: Clock, ms: number): Clock => ({
  now: () => new Date(clock.now().getTime() - ms),
});

/**
 * Half a year of survey answers from the bank's contacts, an open complaint and a praise, so
 * the feedback tab and its trend have something to show.
 */
export async function seedFeedback(ctx: Ctx, clientId: string) {
  const contactIds = (await listContacts(ctx, clientId)).map((c) => c.id);
  for (const [i, a] of answers.entries()) {
    const then = { ...ctx, clock: before(ctx.clock, a.daysAgo * DAY_MS) };
    const contactId = contactIds[i % contactIds.length] as string;
    const { token } = await ctx.db
      .transaction()
      .execute((trx) => issueSurvey(trx, then, clientId, { contactId, kind: a.kind }));
    await answerSurvey(then, token, { score: a.score });
  }
  await createFeedback(ctx, clientId, {
    kind: 'complaint',
    severity: 'high',
    subject: '月末批处理延迟导致报表晚到',
    description: '11 月月末对账批处理比约定晚 3 小时完成，业务部门报表延迟。',
    contactId: contactIds[1] ?? null,
    receivedAt: new Date(ctx.clock.now().getTime() - 2 * DAY_MS).toISOString(),
  });
  await createFeedback(ctx, clientId, {
    kind: 'praise',
    subject: '核心系统割接一次成功',
    description: '周末割接零故障，业务部门致谢。',
    contactId: contactIds[0] ?? null,
  });
}
