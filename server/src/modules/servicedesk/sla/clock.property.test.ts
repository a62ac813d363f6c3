import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessMsBetween, type CalendarSpec } from '../../settings/index.ts';
import { ticketStatuses, waitingParties } from '../tickets/tickets.table.ts';
import { type ClockEvent, type ClockPolicy, slaClock } from './clock.ts';

/** Shanghai office hours with a lunch break, and the 2026 National Day week off. */
const office: CalendarSpec = {
  timeZone: 'Asia/Shanghai',
  week: [
    ...Array.from({ length: 5 }, (): [string, string][] => [
      ['09:00', '12:00'],
      ['13:00', '18:00'],
    ]),
    [],
    [],
  ],
  days: new Map([
    ['2026-10-01', 'holiday'],
    ['2026-10-02', 'holiday'],
    ['2026-10-05', 'holiday'],
    ['2026-10-10', 'workday'],
  ]),
};

const START = Date.parse('2026-09-28T01:30:00Z');

/** A log: opened, then status changes at random gaps (seconds to days), some of them waits. */
const logs = (statuses: readonly (typeof ticketStatuses)[number][]) =>
  fc
    .array(
      fc.record({
        gapSeconds: fc.integer({ min: 1, max: 3 * 86_400 }),
        statusTo: fc.constantFrom(...statuses),
        waitingOn: fc.constantFrom(...waitingParties),
      }),
      { maxLength: 12 },
    )
    .map((steps) => {
      let at = START;
      const events: ClockEvent[] = [
        { at: new Date(at).toISOString(), statusTo: 'new', waitingOn: null },
      ];
      for (const s of steps) {
        at += s.gapSeconds * 1000;
        events.push({
          at: new Date(at).toISOString(),
          statusTo: s.statusTo,
          waitingOn: s.statusTo === 'waiting' ? s.waitingOn : null,
        });
      }
      return { events, now: new Date(at + 3_600_000).toISOString() };
    });

const calendars = fc.constantFrom<CalendarSpec | null>(office, null);
const wall = (cal: CalendarSpec | null, from: string, to: string) =>
  cal ? businessMsBetween(cal, from, to) : Date.parse(to) - Date.parse(from);
/** No cap on pauses, or a cap of some working minutes. */
const caps = fc.option(fc.integer({ min: 0, max: 3 * 480 }), { nil: null });
const policy = (
  calendar: CalendarSpec | null,
  pausedBy: ClockPolicy['pausedBy'],
  pauseCapMinutes: number | null = null,
): ClockPolicy => ({
  stopsAt: 'resolution',
  targetMinutes: 8 * 60,
  calendar,
  pausedBy,
  pauseCapMinutes,
});

describe('SLA clocks', () => {
  const open = ticketStatuses.filter((s) => s !== 'resolved' && s !== 'closed');

  it('for any log of a ticket still open, running and paused time add up to the working time since it opened', () => {
    fc.assert(
      fc.property(logs(open), calendars, caps, ({ events, now }, cal, cap) => {
        const clock = slaClock(events, policy(cal, ['client', 'supplier'], cap), now);
        expect(clock.elapsedMs + clock.pausedMs).toBe(wall(cal, events[0]?.at as string, now));
        expect(clock.stoppedAt).toBeNull();
        // A capped clock pauses no longer than its cap.
        if (cap !== null) expect(clock.pausedMs).toBeLessThanOrEqual(cap * 60_000);
      }),
    );
  });

  it('for any log, a pause never adds running time, and what it takes is the paused time', () => {
    fc.assert(
      fc.property(logs(ticketStatuses), calendars, caps, ({ events, now }, cal, cap) => {
        const strict = slaClock(events, policy(cal, []), now);
        const paused = slaClock(events, policy(cal, ['client', 'supplier'], cap), now);
        expect(paused.elapsedMs).toBeLessThanOrEqual(strict.elapsedMs);
        expect(paused.elapsedMs + paused.pausedMs).toBe(strict.elapsedMs);
        // Breaching is judged on running time alone: a clock that pauses breaches no sooner.
        if (paused.breachedAt) {
          expect(strict.breachedAt).not.toBeNull();
          expect(Date.parse(paused.breachedAt)).toBeGreaterThanOrEqual(
            Date.parse(strict.breachedAt as string),
          );
        }
      }),
    );
  });

  it('for any log, a clock breaches exactly when its running time passes the target, at that moment', () => {
    fc.assert(
      fc.property(logs(ticketStatuses), calendars, ({ events, now }, cal) => {
        const clock = slaClock(events, policy(cal, ['client']), now);
        expect(clock.breachedAt !== null).toBe(clock.elapsedMs > 8 * 60 * 60_000);
        if (clock.breachedAt) {
          // The working time from the opening to the breach, less the pauses before it, is the target.
          const upTo = events.filter((e) => e.at <= (clock.breachedAt as string));
          const before = slaClock(upTo, policy(cal, ['client']), clock.breachedAt);
          expect(before.elapsedMs).toBe(8 * 60 * 60_000);
        }
      }),
    );
  });
});
