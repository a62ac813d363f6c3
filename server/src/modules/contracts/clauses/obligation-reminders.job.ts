import type { Deps } from '../../../platform/context.ts';
import { type DayScope, everywhereToday } from '../../../platform/jobs/schedule.ts';
import { notify, usersWith } from '../../../platform/notifications/notify.ts';
import { inForceStatuses } from '../contracts.table.ts';

/** An owner hears of an obligation this many days before it is due, and again when overdue. */
export const OBLIGATION_NOTICE_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Reminds the owner (or whoever manages contracts) of open obligations on contracts in force:
 * once when due within a week, once when overdue.
 */
export async function runObligationReminders(
  deps: Deps,
  scope: DayScope = everywhereToday(deps.clock),
): Promise<number> {
  const today = scope.today;
  const horizon = new Date(Date.parse(`${today}T00:00:00Z`) + OBLIGATION_NOTICE_DAYS * DAY_MS)
    .toISOString()
    .slice(0, 10);
  const due = await deps.db
    .selectFrom('contract_obligations as o')
    .innerJoin('contracts as c', 'c.id', 'o.contract_id')
    .select([
      'o.id',
      'o.workspace_id',
      'o.title',
      'o.due_date',
      'o.owner_id',
      'c.id as contract_id',
      'c.number',
    ])
    .where('o.status', '=', 'open')
    .where('o.due_date', '<=', horizon)
    .where('c.status', 'in', inForceStatuses)
    .$if(scope.workspaceIds !== null, (q) =>
      q.where('o.workspace_id', 'in', scope.workspaceIds ?? []),
    )
    .execute();
  for (const o of due) {
    const overdue = o.due_date < today;
    const to = o.owner_id
      ? [o.owner_id]
      : await usersWith(deps.db, o.workspace_id, 'contracts:write');
    await notify(deps.db, deps.clock, to, {
      workspaceId: o.workspace_id,
      kind: overdue ? 'obligation.overdue' : 'obligation.due',
      params: { number: o.number, title: o.title, dueDate: o.due_date },
      link: `/contracts/${o.contract_id}`,
      uniqueKey: `obligation:${o.id}:${overdue ? 'overdue' : 'due'}`,
    });
  }
  return due.length;
}
