import type { Deps } from '../../../platform/context.ts';
import { type DayScope, everywhereToday } from '../../../platform/jobs/schedule.ts';
import { notify, usersWith } from '../../../platform/notifications/notify.ts';

/** Reminders before a qualification runs out: at 90, 30 and 7 days, and once it has. */
const REMINDER_DAYS = [7, 30, 90] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Tells whoever manages suppliers about qualifications that run out within 90 days, and about
 * those that have run out (a mandatory one flags its supplier). Each reminder goes once.
 */
export async function runQualificationReminders(
  deps: Deps,
  scope: DayScope = everywhereToday(deps.clock),
): Promise<number> {
  const today = scope.today;
  const horizon = new Date(Date.parse(`${today}T00:00:00Z`) + 90 * DAY_MS)
    .toISOString()
    .slice(0, 10);
  const rows = await deps.db
    .selectFrom('supplier_qualifications as q')
    .innerJoin('suppliers as s', 's.id', 'q.supplier_id')
    .select([
      'q.id',
      'q.workspace_id',
      'q.name',
      'q.valid_to',
      'q.mandatory',
      's.id as supplier_id',
      's.name as supplier_name',
    ])
    .where('q.valid_to', 'is not', null)
    .where('q.valid_to', '<=', horizon)
    .where('s.status', 'not in', ['blacklisted'])
    .$if(scope.workspaceIds !== null, (q) =>
      q.where('q.workspace_id', 'in', scope.workspaceIds ?? []),
    )
    .execute();
  for (const q of rows) {
    const validTo = q.valid_to as string;
    const days = Math.round(
      (Date.parse(`${validTo}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS,
    );
    const threshold = days < 0 ? 'expired' : REMINDER_DAYS.find((d) => days <= d);
    await notify(deps.db, deps.clock, await usersWith(deps.db, q.workspace_id, 'suppliers:write'), {
      workspaceId: q.workspace_id,
      kind: days < 0 ? 'qualification.expired' : 'qualification.expiring',
      params: {
        supplier: q.supplier_name,
        name: q.name,
        validTo,
        days: Math.max(days, 0),
        mandatory: q.mandatory ? 1 : 0,
      },
      link: `/suppliers/${q.supplier_id}`,
      uniqueKey: `qualification:${q.id}:${threshold}:${validTo}`,
    });
  }
  return rows.length;
}
