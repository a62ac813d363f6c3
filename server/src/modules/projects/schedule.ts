import { addDays, daysBetween, weekdayOf } from '../../platform/days.ts';
import type { DependencyType } from './projects.table.ts';

/**
 * The critical path method over working days (Monday to Friday). Days are counted as indexes
 * of working days from the project's start, so lags and durations are in working days.
 */
export type ScheduleTask = { id: string; start: string; finish: string };
export type ScheduleLink = {
  predecessorId: string;
  successorId: string;
  type: DependencyType;
  lagDays: number;
};
export type Scheduled = {
  id: string;
  earlyStart: string;
  earlyFinish: string;
  lateStart: string;
  lateFinish: string;
  /** Working days the task can slip without moving the project's end. */
  slackDays: number;
  critical: boolean;
};

const isWorkday = (day: string) => weekdayOf(day) < 5;

/** Working days from `a` up to, not including, `b` (negative when `b` comes first). */
function workdaysBetween(a: string, b: string): number {
  if (b < a) return -workdaysBetween(b, a);
  const n = daysBetween(a, b);
  const w = weekdayOf(a);
  let count = Math.floor(n / 7) * 5;
  for (let r = 0; r < n % 7; r++) if ((w + r) % 7 < 5) count++;
  return count;
}

/** The working day with this index, counting the first working day from `origin` as 0. */
function dayAt(origin: string, index: number): string {
  let d = origin;
  while (!isWorkday(d)) d = addDays(d, 1);
  if (index >= 0) d = addDays(d, Math.floor(index / 5) * 7);
  let left = index >= 0 ? index % 5 : index;
  const step = left >= 0 ? 1 : -1;
  while (left !== 0) {
    d = addDays(d, step);
    if (isWorkday(d)) left -= step;
  }
  return d;
}

/** A day's working-day index; a weekend day counts as the working day after it. */
const indexOf = (origin: string, day: string) => workdaysBetween(origin, day);

/** Working days a task spans, at least one. */
const duration = (t: ScheduleTask) => Math.max(1, workdaysBetween(t.start, addDays(t.finish, 1)));

/** Tasks in an order where each comes after everything it waits for (links have no loops). */
function topological(tasks: ScheduleTask[], links: ScheduleLink[]) {
  const waiting = new Map(tasks.map((t) => [t.id, 0]));
  for (const l of links) waiting.set(l.successorId, (waiting.get(l.successorId) ?? 0) + 1);
  const ready = tasks.filter((t) => waiting.get(t.id) === 0).map((t) => t.id);
  const order: string[] = [];
  while (ready.length > 0) {
    const id = ready.shift() as string;
    order.push(id);
    for (const l of links.filter((x) => x.predecessorId === id)) {
      const left = (waiting.get(l.successorId) ?? 1) - 1;
      waiting.set(l.successorId, left);
      if (left === 0) ready.push(l.successorId);
    }
  }
  return order;
}

/**
 * Early and late dates, slack and the critical path. A task starts no earlier than planned
 * nor before its links allow; the project ends when its last task can.
 */
export function schedule(
  origin: string,
  tasks: ScheduleTask[],
  links: ScheduleLink[],
): Scheduled[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const dur = new Map(tasks.map((t) => [t.id, duration(t)]));
  const es = new Map<string, number>();
  const ef = new Map<string, number>();
  const order = topological(tasks, links);
  for (const id of order) {
    const d = dur.get(id) as number;
    let start = Math.max(0, indexOf(origin, (byId.get(id) as ScheduleTask).start));
    for (const l of links.filter((x) => x.successorId === id)) {
      const pes = es.get(l.predecessorId) as number;
      const pef = ef.get(l.predecessorId) as number;
      const earliest = {
        FS: pef + 1 + l.lagDays,
        SS: pes + l.lagDays,
        FF: pef + l.lagDays - d + 1,
        SF: pes + l.lagDays - d + 1,
      }[l.type];
      start = Math.max(start, earliest);
    }
    es.set(id, start);
    ef.set(id, start + d - 1);
  }
  const end = Math.max(0, ...ef.values());
  const ls = new Map<string, number>();
  const lf = new Map<string, number>();
  for (const id of [...order].reverse()) {
    const d = dur.get(id) as number;
    let finish = end;
    for (const l of links.filter((x) => x.predecessorId === id)) {
      const sls = ls.get(l.successorId) as number;
      const slf = lf.get(l.successorId) as number;
      const latest = {
        FS: sls - 1 - l.lagDays,
        SS: sls - l.lagDays + d - 1,
        FF: slf - l.lagDays,
        SF: slf - l.lagDays + d - 1,
      }[l.type];
      finish = Math.min(finish, latest);
    }
    lf.set(id, finish);
    ls.set(id, finish - d + 1);
  }
  return order.map((id) => {
    const slack = (ls.get(id) as number) - (es.get(id) as number);
    return {
      id,
      earlyStart: dayAt(origin, es.get(id) as number),
      earlyFinish: dayAt(origin, ef.get(id) as number),
      lateStart: dayAt(origin, ls.get(id) as number),
      lateFinish: dayAt(origin, lf.get(id) as number),
      slackDays: slack,
      critical: slack === 0,
    };
  });
}
