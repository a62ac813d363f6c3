/** When a periodic job runs: every `everyMs`, `offsetMs` into each period (UTC). */
export type JobSchedule = { everyMs: number; offsetMs?: number };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Once a day at `hh:mm` UTC. */
export function daily(hhmm: `${number}:${number}`): JobSchedule {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return { everyMs: DAY_MS, offsetMs: (h * 60 + m) * 60_000 };
}

/** Every `ms` milliseconds, from the start of the epoch. */
export const every = (ms: number): JobSchedule => ({ everyMs: ms });
