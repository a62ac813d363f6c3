import type { CalendarDayKind } from './calendars.table.ts';

/**
 * The years a calendar of a country's holidays has no holiday for: a gap in its data (China's
 * schedule for next year is published late in the year), during which holidays would count as
 * working time. A calendar without a country keeps its own days and has no gaps.
 */
export function holidayGaps(
  cal: { country?: string | null; days: ReadonlyMap<string, CalendarDayKind> },
  years: readonly number[],
): number[] {
  if (!cal.country) return [];
  const covered = new Set<number>();
  for (const [day, kind] of cal.days) if (kind === 'holiday') covered.add(Number(day.slice(0, 4)));
  return years.filter((y) => !covered.has(y));
}

/** The years from one instant's to another's, both included. */
export function yearsBetween(from: string, to: string): number[] {
  const [a, b] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
  return Array.from({ length: Math.max(0, b - a) + 1 }, (_, i) => a + i);
}
