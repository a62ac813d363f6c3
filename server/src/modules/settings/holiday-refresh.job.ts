import { type Deps, systemCtx } from '../../platform/context.ts';
import { type DayScope, everywhereToday } from '../../platform/jobs/schedule.ts';
import { presetDays } from './calendar-days.ts';
import { applyPreset, calendarSpec } from './calendars.service.ts';
import { holidayGaps } from './holiday-coverage.ts';

/**
 * Each night, the calendars of a country's holidays that have a gap this year or next take
 * the year from the preset as soon as the holiday package has it (a new release brings the
 * State Council's schedule); until then they keep showing the gap.
 */
export async function refreshHolidays(deps: Deps, scope: DayScope = everywhereToday(deps.clock)) {
  const calendars = await deps.db
    .selectFrom('working_calendars')
    .select(['id', 'workspace_id', 'country'])
    .where('country', 'is not', null)
    .$if(scope.workspaceIds !== null, (q) =>
      q.where('workspace_id', 'in', scope.workspaceIds ?? []),
    )
    .execute();
  const year = Number(scope.today.slice(0, 4));
  let filled = 0;
  for (const c of calendars) {
    const spec = await calendarSpec(deps.db, c.workspace_id, c.id);
    for (const gap of holidayGaps(spec, [year, year + 1])) {
      const days = await presetDays(c.country as string, gap);
      if (!days.some((d) => d.kind === 'holiday')) continue;
      await applyPreset(systemCtx(deps, c.workspace_id), c.id, {
        country: c.country as string,
        year: gap,
      });
      filled += 1;
    }
  }
  return { filled };
}
