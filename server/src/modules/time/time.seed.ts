import type { Ctx } from '../../platform/context.ts';
import { addDays, mondayOf, monthStart } from '../../platform/days.ts';
import { listTimesheets } from './timesheets.service.ts';
import { saveWeek } from './week.service.ts';
import { approveSheet, submitWeek } from './workflow.service.ts';

const fullWeek = [8, 8, 8, 8, 8, 0, 0];
const halfWeek = [4, 4, 4, 4, 4, 0, 0];

/**
 * The service desk's past weeks: three approved (so the project shows billed, cost and margin)
 * and last week's of one worker waiting in the project manager's approvals; and the logistics
 * retainer's database administrator's two full weeks last month, past its forty hours.
 */
export async function seedTime(
  admin: Ctx,
  refs: {
    people: Map<string, string>;
    projectId: string;
    retainerProjectId: string;
    closedProjectId: string;
    today: string;
  },
) {
  const thisWeek = mondayOf(refs.today);
  const log = async (
    name: string,
    weeksAgo: number,
    hours: number[],
    approve: boolean,
    projectId = refs.projectId,
  ) => {
    const personId = refs.people.get(name) as string;
    const week = addDays(thisWeek, -7 * weeksAgo);
    await saveWeek(admin, week, {
      personId,
      rows: [{ projectId, taskId: null, billable: true, hours, notes: [] }],
    });
    await submitWeek(admin, week, { personId });
    if (!approve) return;
    const [sheet] = (await listTimesheets(admin, { personId, week, limit: 1 })).items;
    if (sheet) await approveSheet(admin, sheet.id, sheet.version);
  };
  for (const weeksAgo of [3, 2, 1]) {
    await log('张磊', weeksAgo, fullWeek, true);
    await log('吴芳', weeksAgo, fullWeek, true);
    await log('郑浩', weeksAgo, fullWeek, true);
    await log('董亮', weeksAgo, halfWeek, true);
  }
  await log('陆鹏', 1, fullWeek, false);
  // The demo admin's own weeks (周杰): last week's waits for approval by someone else.
  await log('周杰', 2, halfWeek, false);
  await log('周杰', 1, halfWeek, false);
  // The branch terminal upgrade, finished months ago: four weeks of its engineer.
  for (const weeksAgo of [24, 23, 22, 21]) {
    await log('孙磊', weeksAgo, fullWeek, true, refs.closedProjectId);
  }
  // Two weeks wholly in last month: the second and third Mondays after its first day.
  const firstWeek = mondayOf(addDays(monthStart(refs.today, -1), 7));
  for (const week of [firstWeek, addDays(firstWeek, 7)]) {
    const weeksAgo = (Date.parse(thisWeek) - Date.parse(week)) / (7 * 86_400_000);
    await log('唐伟', weeksAgo, fullWeek, true, refs.retainerProjectId);
  }
}
