import { addDays } from '../../../platform/days.ts';
import type { CalendarDayKind, Week } from '../../settings/index.ts';

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

/** The seven days of a week, Monday first: worked out once per week, not per person. */
export type WeekDays = readonly string[];

export const daysOfWeek = (monday: string): WeekDays =>
  Array.from({ length: 7 }, (_, i) => addDays(monday, i));

export const MONDAY_TO_FRIDAY = [true, true, true, true, true, false, false] as const;

export const workingWeekdaysOf = (week: Week): boolean[] => week.map((hours) => hours.length > 0);

/** A weekday's share of the contracted week: part-time spread evenly over the working days. */
function dailyHours(b: CapacityBasis): number {
  const days = b.workingWeekdays.filter(Boolean).length || 5;
  return (b.hoursPerWeek * b.partTimePercent) / 100 / days;
}

/** Why a person does not work on a day; null when they do. */
export type DayOff = 'outside' | 'leave' | 'holiday' | 'weekend';

export function dayOff(b: CapacityBasis, day: string, weekday: number): DayOff | null {
  if ((b.startDate && day < b.startDate) || (b.endDate && day > b.endDate)) return 'outside';
  if (b.away.some((a) => a.start <= day && day <= a.end)) return 'leave';
  const special = b.specialDays.get(day);
  if (special) return special === 'workday' ? null : 'holiday';
  return b.workingWeekdays[weekday] ? null : 'weekend';
}

const works = (b: CapacityBasis, day: string, weekday: number) => dayOff(b, day, weekday) === null;

/** Hours the person can work in a week: holidays and absences off. */
export function weekCapacity(b: CapacityBasis, week: WeekDays): number {
  const perDay = dailyHours(b);
  let hours = 0;
  week.forEach((day, weekday) => {
    if (works(b, day, weekday)) hours += perDay;
  });
  return Math.round(hours * 10) / 10;
}

/** A booking's hours in a week, pro rata for the weekdays of it the week holds. */
export function bookedInWeek(
  booking: { start: string; end: string; hoursPerWeek: number },
  week: WeekDays,
): number {
  if (booking.end < (week[0] as string) || booking.start > (week[6] as string)) return 0;
  let weekdays = 0;
  for (const day of week.slice(0, 5)) if (day >= booking.start && day <= booking.end) weekdays++;
  return Math.round(((booking.hoursPerWeek * weekdays) / 5) * 10) / 10;
}
