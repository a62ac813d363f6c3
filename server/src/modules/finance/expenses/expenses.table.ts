import type { Generated } from 'kysely';
import type { Timestamp, Version } from '../../../db/column.ts';

/** What a receipt may be for; a per-diem allowance is the one kind without a receipt. */
export const receiptCategories = [
  'travel',
  'accommodation',
  'meals',
  'equipment',
  'licence',
  'other',
] as const;
export const expenseCategories = [...receiptCategories, 'per_diem'] as const;
export type ExpenseCategory = (typeof expenseCategories)[number];

/** As a week of time: kept, submitted, the supplier's then the project's approval; then paid. */
export const expenseClaimStatuses = [
  'draft',
  'submitted',
  'supplier_approved',
  'approved',
  'rejected',
  'paid',
] as const;
export type ExpenseClaimStatus = (typeof expenseClaimStatuses)[number];

/**
 * A person's expense claim (费用报销单) on one project, EXP-2026-00001. Reimbursed in the
 * workspace's base currency, whatever each receipt's: the totals are the lines' base amounts.
 * A supplier's worker is reimbursed through the supplier (`supplier_id`, kept as it was when
 * the claim was made), an employee directly.
 */
export type ExpenseClaimTable = {
  id: string;
  workspace_id: string;
  number: string;
  person_id: string;
  supplier_id: string | null;
  project_id: string;
  title: string;
  status: ExpenseClaimStatus;
  needs_supplier_approval: boolean;
  currency: string;
  total_minor: Generated<number>;
  tax_minor: Generated<number>;
  submitted_at: Timestamp | null;
  supplier_approved_by: string | null;
  supplier_approved_at: Timestamp | null;
  approved_by: string | null;
  approved_at: Timestamp | null;
  rejection_reason: string | null;
  /** Posted at approval: cost and input VAT against the reimbursement owed. */
  journal_id: string | null;
  payment_run_id: string | null;
  paid_on: string | null;
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
  version: Version;
};

/**
 * One receipt (its file is a document on the line) or one per-diem allowance: the amount
 * including tax in the receipt's currency, and in base at the rate of its day. Approval prices
 * a billable line for the client once, in the client contract's currency with its markup, as
 * approval prices time; the invoice bills that figure.
 */
export type ExpenseLineTable = {
  id: string;
  workspace_id: string;
  claim_id: string;
  day: string;
  category: ExpenseCategory;
  description: string;
  /** Per diem: where, and for how many days. */
  location: string | null;
  days: number | null;
  currency: string;
  amount_minor: number;
  tax_minor: number;
  /** One unit of the line's currency in base on its day. */
  fx_rate: string;
  amount_base_minor: number;
  tax_base_minor: number;
  billable: boolean;
  markup: string | null;
  rebill_currency: string | null;
  rebill_minor: number | null;
  created_at: Timestamp;
};

export type ExpenseTables = {
  expense_claims: ExpenseClaimTable;
  expense_lines: ExpenseLineTable;
};

declare module '../../../db/tables.ts' {
  interface Tables extends ExpenseTables {}
}
