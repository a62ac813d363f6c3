import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, businessMinutesBetween, type CalendarSpec } from './business-time.ts';
import type { CalendarDayKind, Week } from './calendars.table.ts';

/** The plain definition, one local day after another: what the week-at-once count must equal. */
function minutesDayByDay(cal: CalendarSpec, from: string, to: string): number {
  const start = Date.parse(from);
  const end = Date.parse(to);
  let total = 0;
  for (
    let day = DateTime.fromISO(from, { zone: cal.timeZone }).startOf('day');
    day.toMillis() < end;
    day = day.plus({ days: 1 })
  ) {
    const kind = cal.days.get(day.toISODate() as string);
    const hours =
      kind === 'holiday'
        ? []
        : kind === 'workday'
          ? (cal.week.find((h) => h.length > 0) ?? [])
          : (cal.week[day.weekday - 1] ?? []);
    for (const [s, e] of hours) {
      const at = (t: string) => {
        const [hour, minute] = t.split(':').map(Number);
        return t === '24:00'
          ? day.plus({ days: 1 }).toMillis()
          : day.set({ hour, minute }).toMillis();
      };
      total += Math.max(0, Math.min(at(e), end) - Math.max(at(s), start));
    }
  }
  return Math.round(total / 60_000);
}

const hhmm = (quarter: number) =>
  quarter === 96
    ? '24:00'
    : `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;

/** A day's hours: up to two ordered spans on quarter hours, or none. */
const dayArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 0, maxLength: 4 })
  .map((qs) => qs.sort((a, b) => a - b))
  .map((qs) => {
    const spans: [string, string][] = [];
    for (let i = 0; i + 1 < qs.length; i += 2)
      spans.push([hhmm(qs[i] as number), hhmm(qs[i + 1] as number)]);
    return spans;
  });

const instantArb = fc
  .integer({ min: Date.parse('2024-01-01T00:00:00Z'), max: Date.parse('2027-12-31T00:00:00Z') })
  .map((ms) => new Date(Math.floor(ms / 60_000) * 60_000).toISOString());

const calendarArb = fc.record({
  timeZone: fc.constantFrom('UTC', 'Asia/Shanghai', 'Europe/Berlin', 'America/New_York'),
  week: fc.array(dayArb, { minLength: 7, maxLength: 7 }) as fc.Arbitrary<Week>,
  days: fc
    .array(
      fc.tuple(
        fc
          .integer({ min: 0, max: 4 * 366 })
          .map((n) =>
            new Date(Date.parse('2024-01-01T00:00:00Z') + n * 86_400_000)
              .toISOString()
              .slice(0, 10),
          ),
        fc.constantFrom<CalendarDayKind>('holiday', 'workday'),
      ),
      { maxLength: 30 },
    )
    .map((pairs) => new Map(pairs)),
});

describe('business time over long spans', () => {
  it('counts whole weeks at once exactly as it would count them day by day', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, instantArb, (cal, a, b) => {
        const [from, to] = a < b ? [a, b] : [b, a];
        expect(businessMinutesBetween(cal, from, to)).toBe(minutesDayByDay(cal, from, to));
      }),
      { numRuns: 150 },
    );
  });

  it('adds working minutes to land where the count reaches them', () => {
    fc.assert(
      fc.property(
        calendarArb,
        instantArb,
        fc.integer({ min: 1, max: 200_000 }),
        (cal, from, minutes) => {
          let at: string;
          try {
            at = addBusinessMinutes(cal, from, minutes);
          } catch {
            return; // a calendar with no working time at all
          }
          expect(minutesDayByDay(cal, from, at)).toBe(minutes);
          // It lands on the first such instant: a minute earlier the count falls short.
          const before = new Date(Date.parse(at) - 60_000).toISOString();
          if (before > from) expect(minutesDayByDay(cal, from, before)).toBeLessThan(minutes);
        },
      ),
      { numRuns: 150 },
    );
  });
});
