import type { Timestamp, Version } from '../../../db/column.ts';

export const billStatuses = ['received', 'approved', 'rejected', 'paid'] as const;
export type BillStatus = (typeof billStatuses)[number];
/** Entered by our staff, or submitted by the supplier in its portal. */
export const billSources = ['staff', 'portal'] as const;
export type BillSource = (typeof billSources)[number];

/**
 * A supplier's bill (供应商账单) for one supplier contract in its currency, numbered by us
 * (BILL-2026-00001) beside the supplier's own reference. Approval posts the payable; the
 * contract's release rule decides when it may be paid; a payment run pays it.
 */
export type SupplierBillTable = {
  id: string;
  workspace_id: string;
  number: string;
  /** The supplier's invoice number: once per supplier. */
  supplier_reference: string;
  supplier_id: string;
  contract_id: string;
  source: BillSource;
  status: BillStatus;
  currency: string;
  bill_date: string;
  due_date: string;
  /** The days of work it bills; its time lines match approved entries of these days. */
  period_from: string;
  period_to: string;
  net_minor: number;
  tax_minor: number;
  total_minor: number;
  /** The workspace's tolerance when the bill was matched, kept with the match. */
  tolerance: string;
  /** At approval: the bill day's rate to base, the total in base, the journal posted. */
  fx_rate: string | null;
  base_total_minor: number | null;
  journal_id: string | null;
  /** Why a bill off its match was approved anyway, or why it was rejected. */
  decision_reason: string | null;
  decided_at: Timestamp | null;
  decided_by: string | null;
  /** When nothing held it any longer; a payment run takes only released bills. */
  released_at: Timestamp | null;
  payment_run_id: string | null;
  paid_on: string | null;
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
  version: Version;
};

/** What holds an approved bill from payment under its contract's release rule. */
export const holdKinds = ['client_acceptance', 'not_invoiced', 'client_payment'] as const;

/** A chargeback deducts what the supplier owes us for its breached SLA clocks. */
export const billLineKinds = ['time', 'fee', 'other', 'chargeback'] as const;
export type BillLineKind = (typeof billLineKinds)[number];
/** How a line compares with what it matched: within tolerance, above, below, or nothing to match. */
export const lineMatches = ['matched', 'over', 'under', 'unmatched'] as const;
export type LineMatch = (typeof lineMatches)[number];

/**
 * One line: for time, a worker's hours over the bill's period, with what their approved
 * entries cost at the supplier contract's rates beside it; for a fee, an item of the supplier
 * contract's fee schedule with its amount beside it.
 */
export type SupplierBillLineTable = {
  id: string;
  workspace_id: string;
  bill_id: string;
  seq: number;
  kind: BillLineKind;
  description: string;
  person_id: string | null;
  /** Decimal strings: the hours billed, and the approved hours they matched. */
  hours: string | null;
  tax_rate: string;
  net_minor: number;
  tax_minor: number;
  gross_minor: number;
  expected_minor: number | null;
  expected_hours: string | null;
  match: LineMatch;
};

/**
 * What a line pays for: one approved supplier-worker entry at its stored cost, or a fee-schedule
 * item of the supplier contract (keyed by contract, day and label), or a chargeback it owes
 * (a negative amount). Released (the bill rejected) it may be billed again; unreleased it is
 * unique.
 */
export type BillMatchTable = {
  id: string;
  workspace_id: string;
  bill_id: string;
  line_id: string;
  source_type: 'time_entry' | 'fee_item' | 'service_credit';
  source_id: string;
  amount_minor: number;
  released_at: Timestamp | null;
};

export type BillTables = {
  supplier_bills: SupplierBillTable;
  supplier_bill_lines: SupplierBillLineTable;
  bill_matches: BillMatchTable;
};

declare module '../../../db/tables.ts' {
  interface Tables extends BillTables {}
}
