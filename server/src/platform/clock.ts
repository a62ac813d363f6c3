/** Time comes from here, so tests can move it (session expiry, throttling, reminders). */
export type Clock = { now: () => Date };

export const systemClock: Clock = { now: () => new Date() };

export const isoNow = (clock: Clock): string => clock.now().toISOString();

export const isoAfter = (clock: Clock, ms: number): string =>
  new Date(clock.now().getTime() + ms).toISOString();

/** Today's calendar day in UTC, the day contracts and rates are dated by. */
export const isoToday = (clock: Clock): string => clock.now().toISOString().slice(0, 10);
