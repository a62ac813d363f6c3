import { DateTime } from 'luxon';
import { addDays } from '../../platform/days.ts';
import type { CalendarDayKind, Week, WorkingHours } from './calendars.table.ts';

/** A working calendar as the business-time functions need it. */
export type CalendarSpec = {
  timeZone: string;
  /** The country whose public holidays it follows, if any: its days should cover each year. */
  country?: string | null;
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

/** Wall-clock minutes of one day's working hours. */
function minutesOf(hours: WorkingHours[]): number {
  const clock = (t: string) => {
    const [h, m] = t.split(':').map(Number) as [number, number];
    return h * 60 + m;
  };
  return hours.reduce((sum, [start, end]) => sum + clock(end) - clock(start), 0);
}

/**
 * The working minutes of the whole week from `monday` to `next` (local midnights), counted
 * from the pattern rather than day by day; null when the zone's offset differs at the two
 * ends, for a clock change inside the week can move a working span.
 */
function wholeWeekMinutes(cal: CalendarSpec, monday: DateTime, next: DateTime): number | null {
  if (monday.offset !== next.offset) return null;
  const first = monday.toISODate() as string;
  let total = 0;
  for (let d = 0; d < 7; d += 1) {
    const kind = cal.days.get(addDays(first, d));
    total += minutesOf(
      kind === 'holiday' ? [] : kind === 'workday' ? normalDay(cal.week) : (cal.week[d] ?? []),
    );
  }
  return total;
}

/** A whole week inside the span starts here: the count may take it at once. */
const weekStartsAt = (day: DateTime, start: number) => day.weekday === 1 && day.toMillis() >= start;

/**
 * Working milliseconds between two instants on the calendar; zero when `to` is not after
 * `from`. Whole weeks count at once, so twenty years take about a thousand steps, not seven.
 * SLA clocks add these up exactly, segment by segment.
 */
export function businessMsBetween(cal: CalendarSpec, from: string, to: string): number {
  const start = Date.parse(from);
  const end = Date.parse(to);
  if (!(end > start)) return 0;
  let total = 0;
  let day = localDay(cal, from);
  for (let i = 0; i < MAX_DAYS && day.toMillis() < end; ) {
    const next = day.plus({ days: 7 });
    const week =
      weekStartsAt(day, start) && next.toMillis() <= end ? wholeWeekMinutes(cal, day, next) : null;
    if (week !== null) {
      total += week * MINUTE_MS;
      day = next;
      i += 7;
      continue;
    }
    for (const [s, e] of spansOn(cal, day)) {
      total += Math.max(0, Math.min(e, end) - Math.max(s, start));
    }
    day = day.plus({ days: 1 });
    i += 1;
  }
  return total;
}

/** Working minutes between two instants on the calendar, to the nearest minute. */
export const businessMinutesBetween = (cal: CalendarSpec, from: string, to: string): number =>
  Math.round(businessMsBetween(cal, from, to) / MINUTE_MS);

/**
 * The instant `minutes` working minutes after `from`: the clock runs only inside working
 * spans, so a start outside them begins at the next one. Whole weeks are skipped at once.
 */
export function addBusinessMinutes(cal: CalendarSpec, from: string, minutes: number): string {
  const start = Date.parse(from);
  let left = minutes * MINUTE_MS;
  if (left <= 0) return new Date(start).toISOString();
  let day = localDay(cal, from);
  for (let i = 0; i < MAX_DAYS; ) {
    const next = day.plus({ days: 7 });
    const week = weekStartsAt(day, start) ? wholeWeekMinutes(cal, day, next) : null;
    if (week !== null && week * MINUTE_MS < left) {
      left -= week * MINUTE_MS;
      day = next;
      i += 7;
      continue;
    }
    for (const [s, e] of spansOn(cal, day)) {
      const begin = Math.max(s, start);
      if (e <= begin) continue;
      if (e - begin >= left) return new Date(begin + left).toISOString();
      left -= e - begin;
    }
    day = day.plus({ days: 1 });
    i += 1;
  }
  throw new RangeError('the calendar has no working time in the next twenty years');
}
