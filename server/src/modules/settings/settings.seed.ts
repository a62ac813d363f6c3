import type { Ctx } from '../../platform/context.ts';
import { setExchangeRate } from './settings.service.ts';

/** Rates to the demo's base currency (CNY) for the currencies its contracts use. */
export async function seedSettings(ctx: Ctx): Promise<void> {
  for (const [currency, rate] of [
    ['USD', '7.1000'],
    ['EUR', '7.7500'],
    ['HKD', '0.9100'],
  ] as const) {
    await setExchangeRate(ctx, { currency, date: '2026-01-01', rate });
  }
}
