/**
 * Calendar days as YYYY-MM-DD strings, counted in UTC so a day never shifts with the server's
 * zone. Weeks start on Monday (ISO 8601).
 */
const DAY_MS = 86_400_000;

const epoch = (day: string) => Date.parse(`${day}T00:00:00Z`);
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (day: string, n: number): string => dayOf(epoch(day) + n * DAY_MS);

/** Days from `from` to `to`: 0 for the same day, negative when `to` comes first. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((epoch(to) - epoch(from)) / DAY_MS);

/** 0 for Monday to 6 for Sunday. */
export const weekdayOf = (day: string): number => (new Date(epoch(day)).getUTCDay() + 6) % 7;

export const mondayOf = (day: string): string => addDays(day, -weekdayOf(day));

/** The Mondays of `count` weeks, starting with the week holding `day`. */
export const weeksFrom = (day: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => addDays(mondayOf(day), i * 7));

/** The Mondays of every week that holds a day from `from` to `to`. */
export function mondaysBetween(from: string, to: string): string[] {
  const mondays: string[] = [];
  for (let m = mondayOf(from); m <= to; m = addDays(m, 7)) mondays.push(m);
  return mondays;
}

/** The first day of the month `months` after (or before) the month of `day`. */
export function monthStart(day: string, months = 0): string {
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return dayOf(d.getTime());
}

/** The last day of the month of `day`. */
export const monthEnd = (day: string): string => addDays(monthStart(day, 1), -1);
