import type { Deps } from '../../../platform/context.ts';
import { addDays, daysBetween } from '../../../platform/days.ts';
import { type DayScope, everywhereToday } from '../../../platform/jobs/schedule.ts';
import { notify, usersWith } from '../../../platform/notifications/notify.ts';
import { EXPIRING_DAYS } from './credentials.service.ts';

/** Reminders before a certification or worker document runs out: at 30 and 7 days, and once it has. */
const REMINDER_DAYS = [7, EXPIRING_DAYS] as const;

/**
 * Tells HR, and the person if they sign in, about credentials of people still with us that
 * run out within 30 days or have run out. Each reminder goes once.
 */
export async function runCredentialReminders(
  deps: Deps,
  scope: DayScope = everywhereToday(deps.clock),
): Promise<number> {
  const today = scope.today;
  const rows = await deps.db
    .selectFrom('person_credentials as c')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .select([
      'c.id',
      'c.workspace_id',
      'c.name',
      'c.expires_on',
      'p.id as person_id',
      'p.name as person_name',
      'p.user_id',
    ])
    .where('c.expires_on', 'is not', null)
    .where('c.expires_on', '<=', addDays(today, EXPIRING_DAYS))
    // Long expired ones were told about when they ran out.
    .where('c.expires_on', '>=', addDays(today, -EXPIRING_DAYS))
    .where('p.status', '!=', 'left')
    .where('p.archived_at', 'is', null)
    .$if(scope.workspaceIds !== null, (q) =>
      q.where('c.workspace_id', 'in', scope.workspaceIds ?? []),
    )
    .execute();
  for (const c of rows) {
    const expiresOn = c.expires_on as string;
    const days = daysBetween(today, expiresOn);
    const threshold = days < 0 ? 'expired' : REMINDER_DAYS.find((d) => days <= d);
    const hr = await usersWith(deps.db, c.workspace_id, 'people:write');
    await notify(deps.db, deps.clock, c.user_id ? [...hr, c.user_id] : hr, {
      workspaceId: c.workspace_id,
      kind: days < 0 ? 'credential.expired' : 'credential.expiring',
      params: { person: c.person_name, name: c.name, expiresOn, days: Math.max(days, 0) },
      link: `/people/${c.person_id}`,
      uniqueKey: `credential:${c.id}:${threshold}:${expiresOn}`,
    });
  }
  return rows.length;
}
