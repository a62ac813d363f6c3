import type { Json, Timestamp } from '../../../db/column.ts';
import type { RoundingMode } from '../../../platform/money.ts';

export const taxBases = ['line', 'document'] as const;
export type TaxBasis = (typeof taxBases)[number];

/** A day's allowance (出差补贴) where people travel to, in its currency. */
export type PerDiemRate = { location: string; currency: string; dailyMinor: number };

/** How a workspace taxes and rounds its documents; a workspace without a row uses the defaults. */
export type FinancePolicyTable = {
  workspace_id: string;
  tax_basis: TaxBasis;
  rounding: RoundingMode;
  prices_include_tax: boolean;
  /** The VAT rate a new line gets unless its contract says otherwise: '0.06'. */
  default_tax_rate: string;
  /** An invoice is approved by someone other than whoever drafted it. */
  four_eyes: boolean;
  /** The seller on every invoice and fapiao (销售方): name, tax id, address and phone, bank. */
  seller_name: string | null;
  seller_tax_id: string | null;
  seller_address: string | null;
  seller_bank: string | null;
  /** The tax classification that prefixes fapiao item names, e.g. 信息技术服务. */
  fapiao_category: string | null;
  /** Days after the due date on which a payment reminder goes out: [7, 30, 60]. */
  reminder_days: Json<number[]> | null;
  /** How far a supplier bill line may stray from what it matches and still count as matched. */
  bill_tolerance: string | null;
  /** The daily allowance an expense claim's per-diem line gets, per location. */
  per_diem_rates: Json<PerDiemRate[]> | null;
  updated_at: Timestamp;
  version: number;
};

export type FinancePolicyTables = { finance_policies: FinancePolicyTable };

declare module '../../../db/tables.ts' {
  interface Tables extends FinancePolicyTables {}
}
