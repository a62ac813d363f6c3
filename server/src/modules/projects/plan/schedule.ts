import { addDays, weekdayOf } from '../../../platform/days.ts';
import type { DependencyType } from '../projects.table.ts';

/**
 * The critical path method in working days. Each task runs on its own working calendar (its
 * assignee's: their working week, holidays and leave); its days and its links' lags are
 * counted on that calendar.
 */

/** Whether a day is a working day. */
export type WorkCalendar = (day: string) => boolean;
export const mondayToFriday: WorkCalendar = (day) => weekdayOf(day) < 5;

export type ScheduleTask = { id: string; start: string; finish: string; calendar?: WorkCalendar };
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

/** A calendar with no working day in a year is taken as working every day, not looped on. */
const YEAR = 366;

function step(cal: WorkCalendar, day: string, direction: 1 | -1): string {
  let d = day;
  for (let i = 0; i < YEAR; i++) {
    if (cal(d)) return d;
    d = addDays(d, direction);
  }
  return day;
}
/** The day itself when it is a working day, else the next (or previous) one. */
const nextWorkday = (cal: WorkCalendar, day: string) => step(cal, day, 1);
const prevWorkday = (cal: WorkCalendar, day: string) => step(cal, day, -1);

/** The working day `n` working days after (before, when negative) a working day. */
function addWorkdays(cal: WorkCalendar, day: string, n: number): string {
  let d = day;
  const direction = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; left--) d = step(cal, addDays(d, direction), direction);
  return d;
}

/** Working days from `a` up to, not including, `b`; negative when `b` comes first. */
function workdaysBetween(cal: WorkCalendar, a: string, b: string): number {
  if (b < a) return -workdaysBetween(cal, b, a);
  let count = 0;
  for (let d = a; d < b; d = addDays(d, 1)) if (cal(d)) count++;
  return count;
}

/**
 * A task's length: the working days (Monday to Friday) its planned dates hold, at least one.
 * It is the work to do; the assignee's calendar then says on which days it gets done.
 */
const duration = (t: ScheduleTask) =>
  Math.max(1, workdaysBetween(mondayToFriday, t.start, addDays(t.finish, 1)));

const latest = (days: string[]) => days.sort().at(-1) as string;
const earliest = (days: string[]) => days.sort()[0] as string;

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

type Dates = { start: string; finish: string };

/** The earliest start a link allows its successor (of `d` working days on `cal`). */
function startAfter(cal: WorkCalendar, d: number, l: ScheduleLink, p: Dates): string {
  const on = (day: string) => addWorkdays(cal, nextWorkday(cal, day), l.lagDays);
  switch (l.type) {
    case 'FS':
      return on(addDays(p.finish, 1));
    case 'SS':
      return on(p.start);
    case 'FF':
      return addWorkdays(cal, on(p.finish), -(d - 1));
    case 'SF':
      return addWorkdays(cal, on(p.start), -(d - 1));
  }
}

/** The latest finish a link allows its predecessor (of `d` working days on `cal`). */
function finishBefore(cal: WorkCalendar, d: number, l: ScheduleLink, s: Dates): string {
  const on = (day: string) => addWorkdays(cal, prevWorkday(cal, day), -l.lagDays);
  switch (l.type) {
    case 'FS':
      return on(addDays(s.start, -1));
    case 'SS':
      return addWorkdays(cal, on(s.start), d - 1);
    case 'FF':
      return on(s.finish);
    case 'SF':
      return addWorkdays(cal, on(s.finish), d - 1);
  }
}

/**
 * Early and late dates, slack and the critical path. A task starts no earlier than the
 * project, nor than planned, nor before its links allow; the project ends when its last task
 * can.
 */
export function schedule(
  origin: string,
  tasks: ScheduleTask[],
  links: ScheduleLink[],
): Scheduled[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const calOf = (id: string) => byId.get(id)?.calendar ?? mondayToFriday;
  const dur = new Map(tasks.map((t) => [t.id, duration(t)]));
  const early = new Map<string, Dates>();
  const order = topological(tasks, links);
  for (const id of order) {
    const cal = calOf(id);
    const d = dur.get(id) as number;
    const planned = (byId.get(id) as ScheduleTask).start;
    const start = latest([
      nextWorkday(cal, planned > origin ? planned : origin),
      ...links
        .filter((l) => l.successorId === id)
        .map((l) => startAfter(cal, d, l, early.get(l.predecessorId) as Dates)),
    ]);
    early.set(id, { start, finish: addWorkdays(cal, start, d - 1) });
  }
  const end = latest([origin, ...[...early.values()].map((e) => e.finish)]);
  const late = new Map<string, Dates>();
  for (const id of [...order].reverse()) {
    const cal = calOf(id);
    const d = dur.get(id) as number;
    const finish = earliest([
      prevWorkday(cal, end),
      ...links
        .filter((l) => l.predecessorId === id)
        .map((l) => finishBefore(cal, d, l, late.get(l.successorId) as Dates)),
    ]);
    late.set(id, { start: addWorkdays(cal, finish, -(d - 1)), finish });
  }
  return order.map((id) => {
    const e = early.get(id) as Dates;
    const l = late.get(id) as Dates;
    const slack = workdaysBetween(calOf(id), e.start, l.start);
    return {
      id,
      earlyStart: e.start,
      earlyFinish: e.finish,
      lateStart: l.start,
      lateFinish: l.finish,
      slackDays: slack,
      critical: slack <= 0,
    };
  });
}
