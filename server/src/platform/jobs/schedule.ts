import { DateTime } from 'luxon';
import { type Clock, isoToday } from '../clock.ts';
import { addDays } from '../days.ts';

/**
 * When a periodic job runs: every `everyMs` from the epoch (housekeeping), or once a day at a
 * local time in each workspace's own time zone (what people see happen "overnight").
 */
export type JobSchedule = { kind: 'every'; everyMs: number } | { kind: 'daily'; at: string };

/** Once a day at `hh:mm` in each workspace's time zone. */
export const daily = (hhmm: `${number}:${number}`): JobSchedule => ({ kind: 'daily', at: hhmm });

/** Every `ms` milliseconds. */
export const every = (ms: number): JobSchedule => ({ kind: 'every', everyMs: ms });

/**
 * What one run of a daily job covers: the workspaces of one time zone, on the day it is
 * there. Without workspaces named, all of them on the UTC day (a run by hand, a test).
 */
export type DayScope = { today: string; workspaceIds: readonly string[] | null };

export const everywhereToday = (clock: Clock): DayScope => ({
  today: isoToday(clock),
  workspaceIds: null,
});

/** The instant a daily job is due on `day` in `timeZone`. */
export function dueAt(day: string, at: string, timeZone: string): string {
  return DateTime.fromISO(`${day}T${at}`, { zone: timeZone }).toJSDate().toISOString();
}

/** The local day in `timeZone` now, and the next, for which runs are written ahead. */
export const daysToSchedule = (today: string) => [today, addDays(today, 1)];
