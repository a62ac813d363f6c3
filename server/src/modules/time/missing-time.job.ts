import type { Deps } from '../../platform/context.ts';
import { addDays, mondayOf } from '../../platform/days.ts';
import { type DayScope, everywhereToday } from '../../platform/jobs/schedule.ts';
import { notify } from '../../platform/notifications/notify.ts';

/** Weeks in these states count as handed in. */
const handedIn = ['submitted', 'supplier_approved', 'approved'] as const;

/**
 * Reminds people who sign in of last week's time they have not submitted: each confirmed
 * booking on an open project that covered a weekday of last week and has no week handed in.
 * Once per person, project and week.
 */
export async function runMissingTimeReminders(
  deps: Deps,
  scope: DayScope = everywhereToday(deps.clock),
): Promise<number> {
  const week = addDays(mondayOf(scope.today), -7);
  const friday = addDays(week, 4);
  const rows = await deps.db
    .selectFrom('assignments as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .innerJoin('projects as j', 'j.id', 'a.project_id')
    .select(['a.workspace_id', 'p.id as person_id', 'p.user_id', 'j.id as project_id', 'j.number'])
    .where('a.status', '=', 'confirmed')
    .where('a.start_date', '<=', friday)
    .where('a.end_date', '>=', week)
    .where('j.phase', '!=', 'closed')
    .where('p.user_id', 'is not', null)
    .where('p.archived_at', 'is', null)
    .where('p.status', '!=', 'left')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('timesheets as t')
            .select('t.id')
            .whereRef('t.person_id', '=', 'p.id')
            .whereRef('t.project_id', '=', 'j.id')
            .where('t.week_start', '=', week)
            .where('t.status', 'in', handedIn),
        ),
      ),
    )
    .$if(scope.workspaceIds !== null, (q) =>
      q.where('a.workspace_id', 'in', scope.workspaceIds ?? []),
    )
    .distinct()
    .execute();
  for (const r of rows) {
    await notify(deps.db, deps.clock, [r.user_id as string], {
      workspaceId: r.workspace_id,
      kind: 'timesheet.missing',
      params: { project: r.number, week },
      link: `/time?week=${week}`,
      uniqueKey: `timesheet.missing:${r.person_id}:${r.project_id}:${week}`,
    });
  }
  return rows.length;
}
