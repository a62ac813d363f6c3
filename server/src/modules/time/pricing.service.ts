import type { Executor } from '../../db/database.ts';
import { addDays } from '../../platform/days.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { ratesInForce } from '../contracts/index.ts';
import { costRatesOn } from '../people/index.ts';
import { positionsByIds, rateToBase } from '../settings/index.ts';
import { type Fx, type Priced, priced, type Rate } from './pricing.ts';
import type { EntryRow, SheetRow } from './timesheets.repository.ts';
import { bookingOn, bookingRows } from './week.repository.ts';

const refused = (message: string) => new AppError('unprocessable', message);

/** Rates to base by currency and day, each looked up once per sheet. */
function fxLookup(db: Executor, workspaceId: string) {
  const seen = new Map<string, Promise<Fx>>();
  return (currency: string, day: string) => {
    const key = `${currency}|${day}`;
    let found = seen.get(key);
    if (!found) {
      found = rateToBase(db, workspaceId, currency, day).then((r) => {
        if (!r) throw refused(`No exchange rate from ${currency} to the base currency on ${day}`);
        return { baseCurrency: r.baseCurrency, rate: r.rate };
      });
      seen.set(key, found);
    }
    return found;
  };
}

/** The client's rate for a position and grade on a day: the one in force on their contract's card. */
async function billRate(
  db: Executor,
  workspaceId: string,
  contractId: string,
  positionId: string,
  grade: string | null,
  day: string,
): Promise<Rate> {
  const rows = grade
    ? await ratesInForce(db, workspaceId, contractId, day, { positionId, seniority: grade })
    : [];
  const rate = rows[0];
  if (!rate) {
    const [position] = (await positionsByIds(db, workspaceId, [positionId])).values();
    throw refused(
      `The client contract has no rate for ${position?.nameEn ?? positionId} (${grade ?? 'no grade'}) on ${day}`,
    );
  }
  return { rateMinor: rate.rate_minor, unit: rate.unit, currency: rate.currency };
}

export type EntryPrice = { positionId: string; bill: Priced | null; cost: Priced };

/**
 * Prices each entry of a week as approval fixes it: the billable value from the client
 * contract's card for the person's booked position and grade, and the cost from the person's own
 * rate or their supplier's card, both on the entry's day and each with its rate to base.
 * Anything missing refuses the approval rather than storing a guess.
 */
export async function priceEntries(
  db: Executor,
  workspaceId: string,
  sheet: SheetRow,
  entries: readonly EntryRow[],
): Promise<Map<string, EntryPrice>> {
  const bookings = await bookingRows(
    db,
    workspaceId,
    sheet.person_id,
    sheet.week_start,
    addDays(sheet.week_start, 6),
  );
  const fx = fxLookup(db, workspaceId);
  const person = {
    id: sheet.person_id,
    kind: sheet.person_kind,
    position_id: sheet.person_position_id,
    grade: sheet.person_grade,
    supplier_contract_id: sheet.person_supplier_contract_id,
  };
  const costs = new Map<string, Rate>();
  const bills = new Map<string, Rate>();
  const prices = new Map<string, EntryPrice>();
  for (const e of entries) {
    const positionId = bookingOn(bookings, sheet.project_id, e.day)?.position_id;
    if (!positionId) throw refused(`${sheet.person_name} is not booked on the project on ${e.day}`);
    let cost = costs.get(e.day);
    if (!cost) {
      const found = (await costRatesOn(db, workspaceId, [person], e.day)).get(person.id);
      if (!found) throw refused(`${sheet.person_name} has no cost rate on ${e.day}`);
      cost = { rateMinor: found.rateMinor, unit: found.unit, currency: found.currency };
      costs.set(e.day, cost);
    }
    const contractId = sheet.project_contract_id;
    let bill: Rate | null = null;
    if (e.billable && contractId) {
      // Rows of a week share their days and position: each rate is read once.
      const key = `${e.day}|${positionId}`;
      bill =
        bills.get(key) ??
        (await billRate(db, workspaceId, contractId, positionId, sheet.person_grade, e.day));
      bills.set(key, bill);
    }
    prices.set(e.id, {
      positionId,
      bill: bill ? priced(e.minutes, bill, await fx(bill.currency, e.day)) : null,
      cost: priced(e.minutes, cost, await fx(cost.currency, e.day)),
    });
  }
  return prices;
}

/**
 * Stores the prices on the entries, where they stay whatever rates do later: one UPDATE per
 * distinct price (a week's equal days share one), not one per entry.
 */
export async function storePrices(trx: Executor, prices: Map<string, EntryPrice>) {
  const byPrice = new Map<string, { price: EntryPrice; ids: string[] }>();
  for (const [id, price] of prices) {
    const key = JSON.stringify(price);
    const group = byPrice.get(key) ?? { price, ids: [] };
    group.ids.push(id);
    byPrice.set(key, group);
  }
  for (const { price: p, ids } of byPrice.values()) {
    await trx
      .updateTable('time_entries')
      .set({
        position_id: p.positionId,
        bill_rate_minor: p.bill?.rateMinor ?? null,
        bill_rate_unit: p.bill?.unit ?? null,
        bill_currency: p.bill?.currency ?? null,
        bill_minor: p.bill?.minor ?? 0,
        bill_fx_rate: p.bill?.fxRate ?? null,
        bill_base_minor: p.bill?.baseMinor ?? 0,
        cost_rate_minor: p.cost.rateMinor,
        cost_rate_unit: p.cost.unit,
        cost_currency: p.cost.currency,
        cost_minor: p.cost.minor,
        cost_fx_rate: p.cost.fxRate,
        cost_base_minor: p.cost.baseMinor,
      })
      .where('id', 'in', ids)
      .execute();
  }
}

/** A reopened week's entries lose their prices: they are priced again when approved again. */
export function clearPrices(trx: Executor, sheetId: string) {
  return trx
    .updateTable('time_entries')
    .set({
      position_id: null,
      bill_rate_minor: null,
      bill_rate_unit: null,
      bill_currency: null,
      bill_minor: null,
      bill_fx_rate: null,
      bill_base_minor: null,
      cost_rate_minor: null,
      cost_rate_unit: null,
      cost_currency: null,
      cost_minor: null,
      cost_fx_rate: null,
      cost_base_minor: null,
    })
    .where('timesheet_id', '=', sheetId)
    .execute();
}
