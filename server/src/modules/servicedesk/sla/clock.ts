import { addBusinessMinutes, businessMsBetween, type CalendarSpec } from '../../settings/index.ts';
import type { TicketStatus, WaitingParty } from '../tickets/tickets.table.ts';

/** What a clock reads of a ticket's log: when its status changed, to what, waiting on whom. */
export type ClockEvent = {
  at: string;
  statusTo: TicketStatus | null;
  waitingOn: WaitingParty | null;
};

/**
 * What an SLA measures: the first response (the ticket's first move into work, a wait or its
 * resolution) or the resolution; its target in minutes on a calendar (null: around the
 * clock); and whose waits pause it.
 */
export type ClockPolicy = {
  stopsAt: 'response' | 'resolution';
  targetMinutes: number;
  calendar: CalendarSpec | null;
  pausedBy: readonly WaitingParty[];
  /** Working minutes waits may pause it in all; past them it runs. Absent or null: no cap. */
  pauseCapMinutes?: number | null;
};

export const clockStates = ['running', 'paused', 'met', 'breached'] as const;
export type ClockState = (typeof clockStates)[number];

export type Clock = {
  /** Working time the clock ran and stood paused, in milliseconds. */
  elapsedMs: number;
  pausedMs: number;
  /** When it runs out if it keeps running from now; null once stopped or while paused. */
  dueAt: string | null;
  /** When it ran out, if it did. */
  breachedAt: string | null;
  /** When it stopped (the response, the resolution), if it has. */
  stoppedAt: string | null;
  state: ClockState;
};

const MINUTE_MS = 60_000;

/** Working milliseconds between two instants on a calendar; around the clock without one. */
export const workingMsBetween = (calendar: CalendarSpec | null, from: string, to: string) =>
  calendar ? businessMsBetween(calendar, from, to) : Math.max(0, Date.parse(to) - Date.parse(from));

/** The instant `ms` working milliseconds after `from` on a calendar; around the clock without one. */
export const workingMsAfter = (calendar: CalendarSpec | null, from: string, ms: number) =>
  calendar
    ? addBusinessMinutes(calendar, from, ms / MINUTE_MS)
    : new Date(Date.parse(from) + ms).toISOString();
const responded: readonly TicketStatus[] = ['in_progress', 'waiting', 'resolved', 'closed'];
const done: readonly TicketStatus[] = ['resolved', 'closed'];

/**
 * An SLA clock as a pure function of the ticket's log (oldest first, the first entry its
 * opening), the policy and the moment asked: walking the log, each stretch between two
 * entries counts as running or paused working time, until the clock stops. A resolution clock
 * stops while the ticket is resolved and runs on if it is reopened. Nothing else is read, so
 * the same log always gives the same clock, and recomputing after a calendar change is asking
 * again.
 */
export function slaClock(events: readonly ClockEvent[], policy: ClockPolicy, now: string): Clock {
  const span = (from: string, to: string) => workingMsBetween(policy.calendar, from, to);
  const after = (from: string, ms: number) => workingMsAfter(policy.calendar, from, ms);
  const target = policy.targetMinutes * MINUTE_MS;
  const stops = (s: TicketStatus) => (policy.stopsAt === 'response' ? responded : done).includes(s);
  let status: TicketStatus = 'new';
  let waitingOn: WaitingParty | null = null;
  let elapsedMs = 0;
  let pausedMs = 0;
  let breachedAt: string | null = null;
  let stoppedAt: string | null = null;
  const paused = () =>
    status === 'waiting' && waitingOn !== null && policy.pausedBy.includes(waitingOn);
  const cap =
    policy.pauseCapMinutes === undefined || policy.pauseCapMinutes === null
      ? Number.POSITIVE_INFINITY
      : policy.pauseCapMinutes * MINUTE_MS;
  const run = (from: string, ms: number) => {
    if (!breachedAt && elapsedMs + ms > target) breachedAt = after(from, target - elapsedMs);
    elapsedMs += ms;
  };
  const stretch = (from: string, to: string) => {
    if (stoppedAt) return;
    const ms = span(from, to);
    if (!paused()) return run(from, ms);
    // Waits pause it up to the contract's cap; past the cap the clock runs through them.
    const pausing = Math.min(ms, Math.max(0, cap - pausedMs));
    pausedMs += pausing;
    if (ms > pausing) run(after(from, pausing), ms - pausing);
  };
  events.forEach((e, i) => {
    if (i > 0) stretch((events[i - 1] as ClockEvent).at, e.at);
    if (e.statusTo) {
      status = e.statusTo;
      waitingOn = e.waitingOn;
    }
    // A response clock stops for good; a resolution clock waits while resolved, and a
    // reopened ticket's runs on.
    if (stops(status)) stoppedAt ??= e.at;
    else if (policy.stopsAt === 'resolution') stoppedAt = null;
  });
  const last = events.at(-1);
  if (last && now > last.at) stretch(last.at, now);
  // Paused now: waiting on someone whose waits pause it, with pause time left under the cap.
  const pausing = paused() && pausedMs < cap;
  const state: ClockState = stoppedAt
    ? breachedAt
      ? 'breached'
      : 'met'
    : breachedAt
      ? 'breached'
      : pausing
        ? 'paused'
        : 'running';
  const dueAt = stoppedAt || pausing || breachedAt ? null : after(now, target - elapsedMs);
  return { elapsedMs, pausedMs, dueAt, breachedAt, stoppedAt, state };
}

/**
 * When a clock running at `now` will have used `share` of its target (0.5 for half), if it
 * keeps running; `now` when it has already. Null for a clock that is not running.
 */
export function shareReachedAt(clock: Clock, policy: ClockPolicy, now: string, share: number) {
  if (clock.state !== 'running') return null;
  const left = policy.targetMinutes * MINUTE_MS * share - clock.elapsedMs;
  return left <= 0 ? now : workingMsAfter(policy.calendar, now, left);
}
