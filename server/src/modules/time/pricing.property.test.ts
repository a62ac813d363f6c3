import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../platform/days.ts';
import { convertMinor } from '../../platform/money.ts';
import { dialects } from '../../test/databases.ts';
import { call, type Session, useHarness } from '../../test/harness.ts';
import type { RateUnit } from '../contracts/contracts.table.ts';
import { amendClientRate, CNY_IN_EUR, row, timeWorld, WEEK } from './time.fixture.ts';

/** A rate as a card holds it: per hour or per day of 8 hours. */
const rateArb = fc.record({
  rateMinor: fc.integer({ min: 100, max: 2_000_000 }),
  unit: fc.constantFrom('hour' as const, 'day' as const),
});
/** Monday to Friday, in quarters of an hour, up to ten hours a day. */
const weekArb = fc.array(
  fc.integer({ min: 0, max: 40 }).map((q) => q / 4),
  { minLength: 5, maxLength: 5 },
);

describe.each(dialects)('approved time on %s', (dialect) => {
  const h = useHarness(dialect);
  const send = (s: Session, method: 'POST' | 'PUT', url: string, payload: object) =>
    call(h, { method, url, cookie: s.cookie, payload });
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });

  it('totals the entries at the rates in force on their days, and later rates change nothing', async () => {
    const w = await timeWorld(h);
    const totals = async () =>
      (await get(w.owner, `/api/v1/projects/${w.project.id}/time`)).json().totals;
    const clientRate = (rate: { rateMinor: number; unit: RateUnit }, effectiveFrom: string) =>
      amendClientRate(h, w, rate, effectiveFrom);
    const costRate = async (rateMinor: number, effectiveFrom: string) => {
      const res = await send(w.owner, 'POST', `/api/v1/people/${w.annaPerson.id}/cost-rates`, {
        rateMinor,
        currency: 'EUR',
        effectiveFrom,
      });
      expect(res.statusCode).toBe(200);
    };
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        rateArb,
        fc.integer({ min: 100, max: 50_000 }),
        weekArb,
        rateArb,
        async (bill, cost, hours, later) => {
          const monday = addDays(WEEK, 7 * run++);
          await clientRate(bill, monday);
          await costRate(cost, monday);
          const before = await totals();
          await send(w.anna, 'PUT', `/api/v1/time/weeks/${monday}`, {
            rows: [row(w.project.id, [...hours, 0, 0])],
          });
          if (hours.every((x) => x === 0)) return;
          await send(w.anna, 'POST', `/api/v1/time/weeks/${monday}/submit`, {});
          const sheet = (await get(w.owner, '/api/v1/timesheets/inbox'))
            .json()
            .items.find((x: { weekStart: string }) => x.weekStart === monday);
          const approved = await send(w.owner, 'POST', `/api/v1/timesheets/${sheet.id}/decisions`, {
            decision: 'approved',
            version: sheet.version,
          });
          expect(approved.statusCode).toBe(200);

          const minutes = hours.map((x) => x * 60);
          const billed = minutes.map((m) =>
            Math.round((m * bill.rateMinor) / (bill.unit === 'day' ? 480 : 60)),
          );
          const billedEur = billed.map((b) => (b ? convertMinor(b, 'CNY', 'EUR', CNY_IN_EUR) : 0));
          const costs = minutes.map((m) => Math.round((m * cost) / 60));
          const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
          const after = await totals();
          expect(after.minutes - before.minutes).toBe(sum(minutes));
          expect(after.billBaseMinor - before.billBaseMinor).toBe(sum(billedEur));
          expect(after.costBaseMinor - before.costBaseMinor).toBe(sum(costs));
          expect(after.marginBaseMinor - before.marginBaseMinor).toBe(sum(billedEur) - sum(costs));

          // Rates that arrive later for the same days leave what was approved as it was.
          await clientRate(later, addDays(monday, 1));
          await costRate(later.rateMinor, addDays(monday, 1));
          expect(await totals()).toEqual(after);
        },
      ),
      // Each run takes the next week of a booking that ends in March: no room to shrink.
      { numRuns: 8, endOnFailure: true },
    );
  });
});
