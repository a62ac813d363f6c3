import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, businessMinutesBetween, type CalendarSpec } from './business-time.ts';
import type { Week } from './calendars.table.ts';

const office: Week = [
  [
    ['09:00', '12:00'],
    ['13:00', '18:00'],
  ],
  [
    ['09:00', '12:00'],
    ['13:00', '18:00'],
  ],
  [
    ['09:00', '12:00'],
    ['13:00', '18:00'],
  ],
  [
    ['09:00', '12:00'],
    ['13:00', '18:00'],
  ],
  [
    ['09:00', '12:00'],
    ['13:00', '18:00'],
  ],
  [],
  [],
];

const shanghai: CalendarSpec = {
  timeZone: 'Asia/Shanghai',
  week: office,
  // National Day week 2026 and the Sunday before it worked in lieu.
  days: new Map([
    ['2026-09-27', 'workday'],
    ...['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'].map(
      (d) => [d, 'holiday'] as const,
    ),
  ]),
};

describe('business time', () => {
  it('counts working minutes around lunch, nights and weekends', () => {
    // Friday 2026-11-27 11:00 to Monday 2026-11-30 10:00, Shanghai time.
    expect(businessMinutesBetween(shanghai, '2026-11-27T03:00:00Z', '2026-11-30T02:00:00Z')).toBe(
      60 + 300 + 60,
    );
    expect(businessMinutesBetween(shanghai, '2026-11-27T04:00:00Z', '2026-11-27T05:00:00Z')).toBe(
      0,
    );
    expect(businessMinutesBetween(shanghai, '2026-11-30T02:00:00Z', '2026-11-27T03:00:00Z')).toBe(
      0,
    );
  });

  it('skips holidays and works the make-up Sunday', () => {
    expect(businessMinutesBetween(shanghai, '2026-09-26T16:00:00Z', '2026-09-27T16:00:00Z')).toBe(
      480,
    );
    // Wednesday 30 Sept 17:00 + 2 working hours: through the holidays and the weekend to Thursday 8 Oct 10:00.
    expect(addBusinessMinutes(shanghai, '2026-09-30T09:00:00Z', 120)).toBe(
      '2026-10-08T02:00:00.000Z',
    );
  });

  it('starts the clock at the next working span and adds across lunch', () => {
    // Saturday night + 30 minutes: Monday 09:30.
    expect(addBusinessMinutes(shanghai, '2026-11-28T14:00:00Z', 30)).toBe(
      '2026-11-30T01:30:00.000Z',
    );
    // 11:30 + 60 minutes: 13:30 after lunch.
    expect(addBusinessMinutes(shanghai, '2026-11-30T03:30:00Z', 60)).toBe(
      '2026-11-30T05:30:00.000Z',
    );
    expect(addBusinessMinutes(shanghai, '2026-11-30T03:30:00Z', 0)).toBe(
      '2026-11-30T03:30:00.000Z',
    );
  });

  it('follows daylight saving time in the calendar zone and runs 24/7 calendars', () => {
    const berlin: CalendarSpec = { timeZone: 'Europe/Berlin', week: office, days: new Map() };
    // 09:00 in Berlin is 07:00 UTC in summer time (Friday 23 Oct) and 08:00 UTC in winter (Monday 26 Oct).
    expect(addBusinessMinutes(berlin, '2026-10-23T07:00:00Z', 1)).toBe('2026-10-23T07:01:00.000Z');
    expect(addBusinessMinutes(berlin, '2026-10-26T06:00:00Z', 1)).toBe('2026-10-26T08:01:00.000Z');
    const always: CalendarSpec = {
      timeZone: 'UTC',
      week: Array.from({ length: 7 }, () => [['00:00', '24:00']] as [string, string][]),
      days: new Map(),
    };
    expect(businessMinutesBetween(always, '2026-11-27T00:00:00Z', '2026-11-29T00:00:00Z')).toBe(
      2880,
    );
  });

  it('refuses a calendar without working time instead of looping', () => {
    const never: CalendarSpec = {
      timeZone: 'UTC',
      week: [[], [], [], [], [], [], []],
      days: new Map(),
    };
    expect(() => addBusinessMinutes(never, '2026-11-27T00:00:00Z', 1)).toThrow(RangeError);
  });
});
