import type { Deps } from '../../../platform/context.ts';
import { type DayScope, everywhereToday } from '../../../platform/jobs/schedule.ts';
import { notify, usersWith } from '../../../platform/notifications/notify.ts';

/** Reminders before a contract in force ends: at 90, 60 and 30 days. */
export const EXPIRY_ALERT_DAYS = [30, 60, 90] as const;

const DAY_MS = 24 * 60 * 60 * 1000;
const daysUntil = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * Tells each contract's owner (or, without one, whoever may manage contracts) that it ends
 * within 90, 60 or 30 days: once per threshold, and only the nearest one when a run was missed.
 */
export async function runContractAlerts(
  deps: Deps,
  scope: DayScope = everywhereToday(deps.clock),
): Promise<number> {
  const today = scope.today;
  const horizon = new Date(Date.parse(`${today}T00:00:00Z`) + 90 * DAY_MS)
    .toISOString()
    .slice(0, 10);
  const due = await deps.db
    .selectFrom('contracts')
    .select(['id', 'workspace_id', 'number', 'title', 'end_date', 'owner_id'])
    .where('status', 'in', ['active', 'expiring'])
    .where('end_date', '>=', today)
    .where('end_date', '<=', horizon)
    .$if(scope.workspaceIds !== null, (q) =>
      q.where('workspace_id', 'in', scope.workspaceIds ?? []),
    )
    .execute();
  for (const c of due) {
    const end = c.end_date as string;
    const days = EXPIRY_ALERT_DAYS.find((d) => daysUntil(today, end) <= d) as number;
    const to = c.owner_id
      ? [c.owner_id]
      : await usersWith(deps.db, c.workspace_id, 'contracts:write');
    await notify(deps.db, deps.clock, to, {
      workspaceId: c.workspace_id,
      kind: 'contract.expiring',
      params: { number: c.number, title: c.title, endDate: end, days },
      link: `/contracts/${c.id}`,
      uniqueKey: `contract:${c.id}:expiring:${days}`,
    });
  }
  return due.length;
}
