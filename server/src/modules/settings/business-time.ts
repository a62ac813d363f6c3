import { DateTime } from 'luxon';
import type { CalendarDayKind, Week, WorkingHours } from './calendars.table.ts';

/** A working calendar as the business-time functions need it. */
export type CalendarSpec = {
  timeZone: string;
  week: Week;
  /** Holidays and extra working days by local day (YYYY-MM-DD). */
  days: ReadonlyMap<string, CalendarDayKind>;
};

/** Twenty years of days: a calendar without working time must not loop for ever. */
const MAX_DAYS = 7305;
const MINUTE_MS = 60_000;

/** A make-up working day keeps the hours of a normal Monday, or of the first weekday that has any. */
function normalDay(week: Week): WorkingHours[] {
  return week.find((hours) => hours.length > 0) ?? [];
}

function at(day: DateTime, time: string): number {
  if (time === '24:00') return day.plus({ days: 1 }).toMillis();
  const [hour, minute] = time.split(':').map(Number);
  return day.set({ hour, minute }).toMillis();
}

/** The working spans of one local day as UTC millisecond pairs; `day` is its local midnight. */
function spansOn(cal: CalendarSpec, day: DateTime): [number, number][] {
  const kind = cal.days.get(day.toISODate() as string);
  const hours =
    kind === 'holiday'
      ? []
      : kind === 'workday'
        ? normalDay(cal.week)
        : (cal.week[day.weekday - 1] ?? []);
  return hours.map(([start, end]) => [at(day, start), at(day, end)]);
}

function localDay(cal: CalendarSpec, instant: string): DateTime {
  const dt = DateTime.fromISO(instant, { zone: cal.timeZone });
  if (!dt.isValid) throw new RangeError(`not an instant: ${instant}`);
  return dt.startOf('day');
}

/** Working minutes between two instants on the calendar; zero when `to` is not after `from`. */
export function businessMinutesBetween(cal: CalendarSpec, from: string, to: string): number {
  const start = Date.parse(from);
  const end = Date.parse(to);
  if (!(end > start)) return 0;
  let total = 0;
  let day = localDay(cal, from);
  for (let i = 0; i < MAX_DAYS && day.toMillis() < end; i += 1, day = day.plus({ days: 1 })) {
    for (const [s, e] of spansOn(cal, day)) {
      total += Math.max(0, Math.min(e, end) - Math.max(s, start));
    }
  }
  return Math.round(total / MINUTE_MS);
}

/**
 * The instant `minutes` working minutes after `from`: the clock runs only inside working
 * spans, so a start outside them begins at the next one.
 */
export function addBusinessMinutes(cal: CalendarSpec, from: string, minutes: number): string {
  const start = Date.parse(from);
  let left = minutes * MINUTE_MS;
  if (left <= 0) return new Date(start).toISOString();
  let day = localDay(cal, from);
  for (let i = 0; i < MAX_DAYS; i += 1, day = day.plus({ days: 1 })) {
    for (const [s, e] of spansOn(cal, day)) {
      const begin = Math.max(s, start);
      if (e <= begin) continue;
      if (e - begin >= left) return new Date(begin + left).toISOString();
      left -= e - begin;
    }
  }
  throw new RangeError('the calendar has no working time in the next twenty years');
}
