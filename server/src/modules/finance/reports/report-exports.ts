import type { Column } from '../../../platform/http/table-export.ts';
import { majorString } from '../../../platform/money.ts';
import type { Buckets } from './aging.ts';
import type { cashForecast } from './cash-forecast.service.ts';
import type { profitAndLoss } from './pnl.service.ts';

type PnlRow = Awaited<ReturnType<typeof profitAndLoss>>['rows'][number] & { currency: string };

/** Amounts as decimals in major units, beside the currency they are in. */
const money = (minor: number, currency: string) => majorString(minor, currency);

/** The P&L as its table shows it, one row per project, client or month. */
export const pnlColumns: Column<PnlRow>[] = [
  { header: 'key', value: (r) => r.key },
  { header: 'label', value: (r) => r.label },
  { header: 'hours', value: (r) => r.hours },
  { header: 'currency', value: (r) => r.currency },
  { header: 'revenue', value: (r) => money(r.revenueMinor, r.currency) },
  { header: 'labourCost', value: (r) => money(r.labourCostMinor, r.currency) },
  { header: 'subcontractCost', value: (r) => money(r.subcontractCostMinor, r.currency) },
  { header: 'expenses', value: (r) => money(r.expensesMinor, r.currency) },
  { header: 'grossMargin', value: (r) => money(r.grossMarginMinor, r.currency) },
  { header: 'marginPercent', value: (r) => r.marginPercent },
];

/** An aging as its table shows it, one row per client or supplier. */
export const agingColumns = <R extends Buckets & { currency: string }>(
  party: 'client' | 'supplier',
  name: (row: R) => string,
): Column<R>[] => [
  { header: party, value: name },
  { header: 'currency', value: (r) => r.currency },
  { header: 'current', value: (r) => money(r.currentMinor, r.currency) },
  { header: 'days1to30', value: (r) => money(r.days1to30Minor, r.currency) },
  { header: 'days31to60', value: (r) => money(r.days31to60Minor, r.currency) },
  { header: 'days61to90', value: (r) => money(r.days61to90Minor, r.currency) },
  { header: 'over90', value: (r) => money(r.over90Minor, r.currency) },
  { header: 'total', value: (r) => money(r.totalMinor, r.currency) },
];

type CashWeek = Awaited<ReturnType<typeof cashForecast>>['weeks'][number] & { currency: string };

/** The cash forecast as its table shows it, one row per week. */
export const cashColumns: Column<CashWeek>[] = [
  { header: 'weekStart', value: (r) => r.weekStart },
  { header: 'currency', value: (r) => r.currency },
  { header: 'receipts', value: (r) => money(r.receiptsMinor, r.currency) },
  { header: 'payments', value: (r) => money(r.paymentsMinor, r.currency) },
  { header: 'net', value: (r) => money(r.netMinor, r.currency) },
  { header: 'closing', value: (r) => money(r.closingMinor, r.currency) },
];

/** What a report's export answers. */
export const spreadsheet = {
  produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
};

/** A whole report as the one page an export reads. */
export const onePage = <T>(items: T[]) => ({ items, nextCursor: null });
