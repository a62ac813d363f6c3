import { type Ctx, todayOf } from '../../platform/context.ts';
import { applyPreset, createCalendar } from './calendars.service.ts';
import { setExchangeRate } from './settings.service.ts';

const officeDay: [string, string][] = [
  ['09:00', '12:00'],
  ['13:00', '18:00'],
];

const allDay: [string, string][] = [['00:00', '24:00']];

/**
 * Rates to the demo's base currency (CNY) for the currencies its contracts use; the Shanghai
 * office calendar with this year's and next year's public holidays and make-up days; and the
 * around-the-clock calendar a 7×24 service desk's SLAs run on (holidays included).
 */
export async function seedSettings(ctx: Ctx) {
  for (const [currency, rate] of [
    ['USD', '7.1000'],
    ['EUR', '7.7500'],
    ['HKD', '0.9100'],
  ] as const) {
    await setExchangeRate(ctx, { currency, day: '2026-01-01', rate });
  }
  // The euro gained this week: euros received now are worth more than when contracts locked.
  const today = todayOf(ctx);
  const week = new Date(Date.parse(`${today}T00:00:00Z`) - 3 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  await setExchangeRate(ctx, { currency: 'EUR', day: week, rate: '7.8200' });
  const calendar = await createCalendar(ctx, {
    name: '上海办公室',
    timeZone: 'Asia/Shanghai',
    country: 'CN',
    week: [officeDay, officeDay, officeDay, officeDay, officeDay, [], []],
  });
  const year = Number(todayOf(ctx).slice(0, 4));
  // Next year's schedule is published late in the year: the calendar shows the gap until then.
  for (const y of [year, year + 1]) {
    await applyPreset(ctx, calendar.id, { country: 'CN', year: y }).catch(() => null);
  }
  const aroundTheClock = await createCalendar(ctx, {
    name: '7×24 值守',
    timeZone: 'Asia/Shanghai',
    week: [allDay, allDay, allDay, allDay, allDay, allDay, allDay],
  });
  return { officeCalendarId: calendar.id, aroundTheClockCalendarId: aroundTheClock.id };
}
