import type { Timestamp, Version } from '../../../db/column.ts';

export const accountTypes = ['asset', 'liability', 'equity', 'revenue', 'expense'] as const;
export type AccountType = (typeof accountTypes)[number];

/**
 * What the finance module posts to an account on its own (an issued invoice to receivables):
 * found by purpose, so a workspace may renumber or rename its chart freely.
 */
export const accountPurposes = [
  'bank',
  'receivable',
  'contract_asset',
  'payable',
  'expense_payable',
  'advances_received',
  'vat_output',
  'vat_input',
  'revenue',
  'labour_cost',
  'subcontract_cost',
  'project_expense',
  'fx_gain_loss',
  'bad_debt',
  'retained_earnings',
] as const;
export type AccountPurpose = (typeof accountPurposes)[number];

/** An account of the workspace's chart: 1122 应收账款 Accounts receivable. */
export type LedgerAccountTable = {
  id: string;
  workspace_id: string;
  /** Unique in the workspace; fixed once a journal posts to it. */
  code: string;
  name_zh: string;
  name_en: string;
  type: AccountType;
  purpose: AccountPurpose | null;
  /** A retired account takes no new postings and keeps its history. */
  active: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
};

/** Where a journal comes from: a person's manual entry, or the document that posted it. */
export const journalSources = [
  'manual',
  'reversal',
  'invoice',
  'credit_note',
  'payment',
  'payment_allocation',
  'write_off',
  'supplier_bill',
  'supplier_payment',
  'expense_claim',
  'month_end',
] as const;
export type JournalSource = (typeof journalSources)[number];

/** A balanced posting, immutable once written; amounts in the workspace's base currency. */
export type JournalTable = {
  id: string;
  workspace_id: string;
  /** JV-2026-0001: per workspace and year of posting, without gaps. */
  number: string;
  posted_on: string;
  /** YYYY-MM of posted_on: the month that must be open. */
  period: string;
  description: string;
  source_type: JournalSource;
  source_id: string | null;
  reverses_id: string | null;
  /** Σ debits (= Σ credits), for lists. */
  total_minor: number;
  created_at: Timestamp;
  created_by: string | null;
};

/** One side of a journal: a debit or a credit to one account, in base currency. */
export type JournalLineTable = {
  id: string;
  workspace_id: string;
  journal_id: string;
  seq: number;
  account_id: string;
  posted_on: string;
  debit_minor: number;
  credit_minor: number;
  /** The amount as it was in its own currency, and the rate that made the base amount. */
  currency: string;
  amount_minor: number;
  fx_rate: string;
  memo: string | null;
  /** Auxiliary items (辅助核算): what the line concerns, for reports and the export. */
  project_id: string | null;
  client_id: string | null;
  supplier_id: string | null;
};

/** A month closed to postings. */
export type LedgerPeriodTable = {
  workspace_id: string;
  period: string;
  closed_at: Timestamp;
  closed_by: string | null;
};

/** An account's debits and credits in a month (YYYY-MM): kept by every posting. */
export type LedgerBalanceTable = {
  workspace_id: string;
  account_id: string;
  period: string;
  debit_minor: number;
  credit_minor: number;
};

export type LedgerTables = {
  ledger_accounts: LedgerAccountTable;
  journals: JournalTable;
  journal_lines: JournalLineTable;
  ledger_periods: LedgerPeriodTable;
  ledger_balances: LedgerBalanceTable;
};

declare module '../../../db/tables.ts' {
  interface Tables extends LedgerTables {}
}
