import type { Executor } from '../../db/database.ts';
import { convertMinor } from '../../platform/money.ts';
import { findRateInForce, getSettingsRow } from './settings.repository.ts';

export type RateToBase = { currency: string; baseCurrency: string; rate: string; date: string };

/**
 * The rate from a currency to the workspace's base currency in force on a date: the newest
 * one entered on or before it, or 1 for the base currency itself. Null when none exists.
 */
export async function rateToBase(
  db: Executor,
  workspaceId: string,
  currency: string,
  date: string,
): Promise<RateToBase | null> {
  const { baseCurrency } = await getSettingsRow(db, workspaceId);
  if (currency === baseCurrency) return { currency, baseCurrency, rate: '1', date };
  const found = await findRateInForce(db, workspaceId, currency, date);
  return found ? { currency, baseCurrency, rate: found.rate, date: found.on_date } : null;
}

/** Minor units of `currency` in the base currency at a given rate to base. */
export const toBase = (
  amountMinor: number,
  r: Pick<RateToBase, 'currency' | 'baseCurrency' | 'rate'>,
) => convertMinor(amountMinor, r.currency, r.baseCurrency, r.rate);
