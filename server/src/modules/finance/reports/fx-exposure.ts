import type { Executor } from '../../../db/database.ts';
import { convertMinor } from '../../../platform/money.ts';
import { rateToBase } from '../../settings/index.ts';
import { balanceOf } from '../invoices/settlement.ts';

type Open = {
  currency: string;
  receivableMinor: number;
  payableMinor: number;
  /** What the open receivables and payables were booked at in base. */
  receivableBookedMinor: number;
  payableBookedMinor: number;
};

/**
 * Open receivables and payables in each currency other than base: what they are in their
 * currency, what they were booked at in base, what they are worth at today's rate, and the
 * difference a revaluation today would show (unrealised gain positive).
 */
export async function fxExposure(db: Executor, workspaceId: string, base: string, today: string) {
  const open = new Map<string, Open>();
  const at = (currency: string) => {
    const o = open.get(currency) ?? {
      currency,
      receivableMinor: 0,
      payableMinor: 0,
      receivableBookedMinor: 0,
      payableBookedMinor: 0,
    };
    open.set(currency, o);
    return o;
  };
  const invoices = await db
    .selectFrom('invoices')
    .select(['currency', 'kind', 'status', 'total_minor', 'paid_minor', 'credited_minor'])
    .select(['written_off_minor', 'due_date', 'base_open_minor'])
    .where('workspace_id', '=', workspaceId)
    .where('kind', '=', 'invoice')
    .where('status', '=', 'issued')
    .where('currency', '<>', base)
    .where('base_open_minor', '<>', 0)
    .execute();
  for (const i of invoices) {
    const o = at(i.currency);
    o.receivableMinor += balanceOf(i);
    o.receivableBookedMinor += i.base_open_minor ?? 0;
  }
  const bills = await db
    .selectFrom('supplier_bills')
    .select(['currency', 'total_minor', 'base_total_minor'])
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'approved')
    .where('currency', '<>', base)
    .execute();
  for (const b of bills) {
    const o = at(b.currency);
    o.payableMinor += b.total_minor;
    o.payableBookedMinor += b.base_total_minor ?? 0;
  }
  const rows = [];
  for (const o of open.values()) {
    const rate = await rateToBase(db, workspaceId, o.currency, today);
    const netMinor = o.receivableMinor - o.payableMinor;
    const bookedMinor = o.receivableBookedMinor - o.payableBookedMinor;
    const todayMinor = rate ? convertMinor(netMinor, o.currency, base, rate.rate) : null;
    rows.push({
      ...o,
      netMinor,
      bookedMinor,
      rate: rate?.rate ?? null,
      todayMinor,
      unrealisedMinor: todayMinor === null ? null : todayMinor - bookedMinor,
    });
  }
  return rows.sort((a, b) => a.currency.localeCompare(b.currency));
}
