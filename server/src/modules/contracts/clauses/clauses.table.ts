import type { Timestamp, Version } from '../../../db/column.ts';

export const clauseCategories = [
  'confidentiality',
  'data_protection',
  'liability',
  'intellectual_property',
  'termination',
  'payment',
  'service_levels',
  'other',
] as const;
export const clauseLanguages = ['zh-CN', 'en-US'] as const;
export const obligationStatuses = ['open', 'met', 'missed'] as const;
export type ClauseCategory = (typeof clauseCategories)[number];
export type ClauseLanguage = (typeof clauseLanguages)[number];
export type ObligationStatus = (typeof obligationStatuses)[number];

/**
 * A reusable clause in both languages. It may carry the obligation it creates: inserting it
 * into a contract adds that obligation, due a number of days after the contract starts.
 */
export type ClauseTable = {
  id: string;
  workspace_id: string;
  category: ClauseCategory;
  title_zh: string;
  title_en: string;
  text_zh: string;
  text_en: string;
  obligation_zh: string | null;
  obligation_en: string | null;
  obligation_due_days: number | null;
  active: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

/** A clause as inserted into one contract's terms: its text is copied, then the contract's. */
export type ContractClauseTable = {
  id: string;
  workspace_id: string;
  contract_id: string;
  clause_id: string | null;
  position: number;
  language: ClauseLanguage;
  category: ClauseCategory;
  title: string;
  text: string;
  created_at: Timestamp;
  created_by: string | null;
};

/** Something a party to a contract must do by a date, tracked until met or missed. */
export type ContractObligationTable = {
  id: string;
  workspace_id: string;
  contract_id: string;
  /** The contract clause it came from, if any. */
  contract_clause_id: string | null;
  title: string;
  owner_id: string | null;
  due_date: string;
  status: ObligationStatus;
  status_note: string | null;
  status_at: Timestamp | null;
  status_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export type ClauseTables = {
  clauses: ClauseTable;
  contract_clauses: ContractClauseTable;
  contract_obligations: ContractObligationTable;
};

declare module '../../../db/tables.ts' {
  interface Tables extends ClauseTables {}
}
