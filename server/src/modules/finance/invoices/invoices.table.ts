import type { Generated } from 'kysely';
import type { Timestamp, Version } from '../../../db/column.ts';
import type { RoundingMode } from '../../../platform/money.ts';
import type { TaxBasis } from '../tax/policy.table.ts';

export const invoiceKinds = ['invoice', 'credit_note'] as const;
export type InvoiceKind = (typeof invoiceKinds)[number];
export const invoiceStatuses = ['draft', 'approved', 'issued'] as const;
export type InvoiceStatus = (typeof invoiceStatuses)[number];

/**
 * An invoice to a client for one contract in its currency. A draft has no number: the number
 * comes at issue, per workspace and year without gaps. Its figures are computed once, under
 * the policy it was drafted with (kept on it), and never recomputed.
 */
export type InvoiceTable = {
  id: string;
  workspace_id: string;
  /** A credit note (红字) has negative figures and credits lines of the invoice it names. */
  kind: Generated<InvoiceKind>;
  credits_id: string | null;
  /** Why a credit note credits what it does. */
  reason: string | null;
  number: string | null;
  /** The invoice run that drafted it (RUN-0001), or the invoice a credit note credits. */
  run_number: string;
  contract_id: string;
  client_id: string;
  status: InvoiceStatus;
  currency: string;
  /** Everything approved on or before this day was due for billing. */
  period_to: string;
  issue_date: string | null;
  due_date: string | null;
  net_minor: number;
  tax_minor: number;
  total_minor: number;
  /** The rounded total less the exact total rounded once: shown as its own line. */
  rounding_minor: number;
  exact_total: string;
  tax_basis: TaxBasis;
  rounding: RoundingMode;
  prices_include_tax: boolean;
  /** At issue: the contract's locked rate to base, the total in base, the journal posted. */
  fx_rate: string | null;
  base_total_minor: number | null;
  journal_id: string | null;
  /**
   * Time and materials: the contract's cap when the run drafted it, and the approved hours'
   * value the cap held back (they wait for a cap raised by amendment).
   */
  cap_minor: number | null;
  capped_minor: number | null;
  /**
   * Settlement of an issued invoice: what payments and issued credit notes took of its total,
   * and the part of its receivable still open in base currency. Changed only by guarded
   * updates (payments/settlement.ts).
   */
  paid_minor: Generated<number>;
  credited_minor: Generated<number>;
  base_open_minor: number | null;
  /** What was given up on as not collectable, with the reason (written off, 核销坏账). */
  written_off_minor: Generated<number>;
  written_off_reason: string | null;
  /** Payment reminders sent for it; a disputed invoice gets none until resolved. */
  reminders_sent: Generated<number>;
  disputed_at: Timestamp | null;
  dispute_reason: string | null;
  created_at: Timestamp;
  created_by: string | null;
  approved_at: Timestamp | null;
  approved_by: string | null;
  issued_at: Timestamp | null;
  /** Last mailed to the client's billing contacts. */
  sent_at: Timestamp | null;
  updated_at: Timestamp;
  version: Version;
};

export const invoiceLineKinds = [
  'time',
  'fee',
  'milestone',
  'retainer',
  'expense',
  'discount',
  'service_credit',
] as const;
export type InvoiceLineKind = (typeof invoiceLineKinds)[number];
export const lineUnits = ['hour', 'item'] as const;
export type LineUnit = (typeof lineUnits)[number];

/**
 * One line: for time, the approved hours of a position at one rate; for a fixed fee, an item
 * of the contract's fee schedule; for a milestone, the completed milestone's amount; for a
 * retainer, its prepaid block of hours, billed in advance; for an expense, an approved
 * billable expense line at what its approval priced for the client; a discount, added to a draft by
 * hand with its reason, takes an amount off.
 */
export type InvoiceLineTable = {
  id: string;
  workspace_id: string;
  invoice_id: string;
  seq: number;
  kind: InvoiceLineKind;
  description_zh: string;
  description_en: string;
  position_id: string | null;
  /** A decimal string: hours for time, 1 for a fee item or milestone. */
  quantity: string;
  unit: LineUnit;
  tax_rate: string;
  net_minor: number;
  tax_minor: number;
  gross_minor: number;
  exact_net: string;
  exact_tax: string;
  /** The credit note that credits this line: a line is credited once. */
  credited_by: string | null;
  /** Why a discount was given. */
  reason: string | null;
};

export const allocationSources = [
  'time_entry',
  'fee_item',
  'milestone',
  'retainer',
  'expense_line',
  'service_credit',
] as const;
export type AllocationSource = (typeof allocationSources)[number];

/**
 * What a line bills: one approved time entry with its priced amount, a fee-schedule item
 * (keyed by contract, day and label), a completed milestone, a retainer's block (keyed by
 * its contract), an approved billable expense line, or a service credit owed to the client
 * (a negative amount). Released (by a credit note or
 * a discarded draft) it may be billed again; unreleased it is unique.
 */
export type BillingAllocationTable = {
  id: string;
  workspace_id: string;
  invoice_id: string;
  line_id: string;
  source_type: AllocationSource;
  source_id: string;
  amount_minor: number;
  released_at: Timestamp | null;
};

export type InvoiceTables = {
  invoices: InvoiceTable;
  invoice_lines: InvoiceLineTable;
  billing_allocations: BillingAllocationTable;
};

declare module '../../../db/tables.ts' {
  interface Tables extends InvoiceTables {}
}
