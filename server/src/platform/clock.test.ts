import { describe, expect, it } from 'vitest';
import { isoDayIn, isoLatestDay, isoToday } from './clock.ts';

describe('calendar days', () => {
  const clock = { now: () => new Date('2026-11-27T17:30:00.000Z') };

  it('knows that evening in UTC is already tomorrow in Shanghai', () => {
    expect(isoToday(clock)).toBe('2026-11-27');
    expect(isoDayIn(clock, 'Asia/Shanghai')).toBe('2026-11-28');
    expect(isoDayIn(clock, 'America/Los_Angeles')).toBe('2026-11-27');
  });

  it('takes the newest day anywhere on Earth as the last day that is not in the future', () => {
    expect(isoLatestDay(clock)).toBe('2026-11-28');
    expect(isoLatestDay({ now: () => new Date('2026-11-27T09:00:00.000Z') })).toBe('2026-11-27');
  });
});
