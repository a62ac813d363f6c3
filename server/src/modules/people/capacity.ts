import { addDays, weekdayOf } from '../../platform/days.ts';
import type { CalendarDayKind, Week } from '../settings/calendars.table.ts';

/** What a person's working hours in a week follow from. */
export type CapacityBasis = {
  hoursPerWeek: number;
  partTimePercent: number;
  startDate: string | null;
  endDate: string | null;
  /** Monday first: which weekdays are worked (their calendar's week, else Monday to Friday). */
  workingWeekdays: readonly boolean[];
  /** Their calendar's holidays and extra working days. */
  specialDays: ReadonlyMap<string, CalendarDayKind>;
  /** Approved absences, whole days. */
  away: ReadonlyArray<{ start: string; end: string }>;
};

export const MONDAY_TO_FRIDAY = [true, true, true, true, true, false, false] as const;

export const workingWeekdaysOf = (week: Week): boolean[] => week.map((hours) => hours.length > 0);

/** A weekday's share of the contracted week: part-time spread evenly over the working days. */
function dailyHours(b: CapacityBasis): number {
  const days = b.workingWeekdays.filter(Boolean).length || 5;
  return (b.hoursPerWeek * b.partTimePercent) / 100 / days;
}

function works(b: CapacityBasis, day: string): boolean {
  if (b.startDate && day < b.startDate) return false;
  if (b.endDate && day > b.endDate) return false;
  if (b.away.some((a) => a.start <= day && day <= a.end)) return false;
  const special = b.specialDays.get(day);
  if (special) return special === 'workday';
  return b.workingWeekdays[weekdayOf(day)] ?? false;
}

/** Hours the person can work in the seven days from `monday`: holidays and absences off. */
export function weekCapacity(b: CapacityBasis, monday: string): number {
  const perDay = dailyHours(b);
  let hours = 0;
  for (let i = 0; i < 7; i++) if (works(b, addDays(monday, i))) hours += perDay;
  return Math.round(hours * 10) / 10;
}

/** A booking's hours in the week from `monday`, pro rata for the days of it the week holds. */
export function bookedInWeek(
  booking: { start: string; end: string; hoursPerWeek: number },
  monday: string,
): number {
  const sunday = addDays(monday, 6);
  if (booking.end < monday || booking.start > sunday) return 0;
  let weekdays = 0;
  for (let i = 0; i < 5; i++) {
    const day = addDays(monday, i);
    if (day >= booking.start && day <= booking.end) weekdays++;
  }
  return Math.round(((booking.hoursPerWeek * weekdays) / 5) * 10) / 10;
}
