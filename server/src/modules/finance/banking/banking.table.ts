import type { Json, Timestamp, Version } from '../../../db/column.ts';

/** Which column of a bank's file holds what; headers are matched without case or spaces. */
export type ColumnMapping = {
  date: string;
  /** Money in, or a signed amount where the file has one column for both. */
  amount: string;
  /** Where the file has a column of its own for money out (借方). */
  moneyOut?: string | undefined;
  reference?: string | undefined;
  counterparty?: string | undefined;
};

/** The mapping a bank account's files use, kept from its last import. */
export type BankMappingTable = {
  workspace_id: string;
  /** The account as people name it: 招商银行 1219 0876 5410 001. */
  bank_account: string;
  mapping: Json<ColumnMapping>;
  updated_at: Timestamp;
};

/** A bank statement (银行对账单) as imported: one account, one currency, some days. */
export type BankStatementTable = {
  id: string;
  workspace_id: string;
  bank_account: string;
  currency: string;
  file_name: string | null;
  first_day: string;
  last_day: string;
  created_at: Timestamp;
  created_by: string | null;
};

export const statementLineStatuses = ['open', 'matched', 'ignored'] as const;
export type StatementLineStatus = (typeof statementLineStatuses)[number];

/**
 * One booking on the statement: money in (positive) or out. A person matches money in to an
 * invoice, which records the payment, or money out to the payment run it paid (booked when
 * the run was marked paid), or sets a line aside with a note.
 */
export type BankStatementLineTable = {
  id: string;
  workspace_id: string;
  statement_id: string;
  seq: number;
  booked_on: string;
  amount_minor: number;
  reference: string | null;
  counterparty: string | null;
  status: StatementLineStatus;
  payment_id: string | null;
  payment_run_id: string | null;
  note: string | null;
  decided_at: Timestamp | null;
  decided_by: string | null;
  version: Version;
};

export type BankingTables = {
  bank_mappings: BankMappingTable;
  bank_statements: BankStatementTable;
  bank_statement_lines: BankStatementLineTable;
};

declare module '../../../db/tables.ts' {
  interface Tables extends BankingTables {}
}
