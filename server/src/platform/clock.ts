/** Time comes from here, so tests can move it (session expiry, throttling, reminders). */
export type Clock = { now: () => Date };

export const systemClock: Clock = { now: () => new Date() };

export const isoNow = (clock: Clock): string => clock.now().toISOString();

export const isoAfter = (clock: Clock, ms: number): string =>
  new Date(clock.now().getTime() + ms).toISOString();

/** Today's calendar day in UTC: the day background jobs work by. */
export const isoToday = (clock: Clock): string => clock.now().toISOString().slice(0, 10);

/**
 * One formatter per time zone, made once: making one costs far more than using it (a list
 * that made one per row spent most of its time, and much native memory, doing so).
 */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's calendar day in a time zone, as YYYY-MM-DD. */
export function isoDayIn(clock: Clock, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone });
    dayFormats.set(timeZone, format);
  }
  return format.format(clock.now());
}

/**
 * The newest calendar day anywhere on Earth (UTC+14). A day a person enters from their own
 * zone ("signed today" in Shanghai after 16:00 UTC) is not in the future if it is not after
 * this one.
 */
export const isoLatestDay = (clock: Clock): string =>
  new Date(clock.now().getTime() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
