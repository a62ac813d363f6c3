import type { Executor } from '../../../db/database.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { addDays, daysBetween, weekdayOf } from '../../../platform/days.ts';
import { capacityBasesOf, dayOff } from '../../people/index.ts';
import { projectRowOf } from '../projects.service.ts';
import { latestBaseline } from './baselines.service.ts';
import {
  mondayToFriday,
  type Scheduled,
  type ScheduleLink,
  schedule,
  type WorkCalendar,
} from './schedule.ts';
import { dependencyRows, taskRows } from './tasks.service.ts';

type TaskRow = Awaited<ReturnType<typeof taskRows>>[number];

/**
 * Each assignee's working calendar over the plan: their working week, their calendar's
 * holidays and extra working days, and their approved leave.
 */
async function calendarsOf(db: Executor, workspaceId: string, tasks: TaskRow[], from: string) {
  const ids = [...new Set(tasks.flatMap((t) => t.assignee_id ?? []))];
  const calendars = new Map<string, WorkCalendar>();
  if (ids.length === 0) return calendars;
  const to = addDays(
    tasks
      .map((t) => t.finish_date)
      .sort()
      .at(-1) ?? from,
    366,
  );
  const bases = await capacityBasesOf(db, workspaceId, ids, from, to);
  for (const [id, basis] of bases) {
    // Before they join or after they leave, a task is not held up for ever: only days off count.
    calendars.set(id, (day) => {
      const off = dayOff(basis, day, weekdayOf(day));
      return off === null || off === 'outside';
    });
  }
  return calendars;
}

/**
 * The project's schedule: the tasks that hold work (those without subtasks) by the critical
 * path method on their assignees' calendars; a link to or from a parent task binds each of its
 * subtasks; a parent spans its subtasks. Each task also has its dates in the latest baseline
 * and how many days its finish has moved since.
 */
export async function projectSchedule(ctx: Ctx, projectId: string) {
  const workspaceId = workspaceOf(ctx);
  const project = await projectRowOf(ctx.db, workspaceId, projectId);
  const [tasks, links, baseline] = await Promise.all([
    taskRows(ctx.db, workspaceId, projectId),
    dependencyRows(ctx.db, workspaceId, projectId),
    latestBaseline(ctx.db, workspaceId, projectId),
  ]);
  const origin = [project.start_date, ...tasks.map((t) => t.start_date)].sort()[0] as string;
  const calendars = await calendarsOf(ctx.db, workspaceId, tasks, origin);
  const childrenOf = (id: string) => tasks.filter((t) => t.parent_id === id);
  const leavesOf = (id: string): string[] => {
    const kids = childrenOf(id);
    return kids.length ? kids.flatMap((k) => leavesOf(k.id)) : [id];
  };
  const leaves = tasks.filter((t) => childrenOf(t.id).length === 0);
  const leafLinks: ScheduleLink[] = links.flatMap((l) =>
    leavesOf(l.predecessor_id).flatMap((p) =>
      leavesOf(l.successor_id).map((s) => ({
        predecessorId: p,
        successorId: s,
        type: l.type,
        lagDays: l.lag_days,
      })),
    ),
  );
  const planned = schedule(
    project.start_date,
    leaves.map((t) => ({
      id: t.id,
      start: t.start_date,
      finish: t.finish_date,
      calendar: (t.assignee_id && calendars.get(t.assignee_id)) || mondayToFriday,
    })),
    leafLinks,
  );
  const byId = new Map(planned.map((p) => [p.id, p]));
  const span = (id: string): Scheduled => {
    const own = byId.get(id);
    if (own) return own;
    const all = childrenOf(id).map((k) => span(k.id));
    const first = (pick: (s: Scheduled) => string) => all.map(pick).sort()[0] as string;
    const last = (pick: (s: Scheduled) => string) => all.map(pick).sort().at(-1) as string;
    return {
      id,
      earlyStart: first((s) => s.earlyStart),
      earlyFinish: last((s) => s.earlyFinish),
      lateStart: first((s) => s.lateStart),
      lateFinish: last((s) => s.lateFinish),
      slackDays: Math.min(...all.map((s) => s.slackDays)),
      critical: all.some((s) => s.critical),
    };
  };
  const frozen = new Map((baseline?.tasks ?? []).map((b) => [b.taskId, b]));
  return tasks.map((t) => {
    const s = span(t.id);
    const b = frozen.get(t.id);
    return {
      ...s,
      baselineStart: b?.start ?? null,
      baselineFinish: b?.finish ?? null,
      /** Calendar days the finish has moved since the baseline: positive is late. */
      finishVarianceDays: b ? daysBetween(b.finish, s.earlyFinish) : null,
    };
  });
}
