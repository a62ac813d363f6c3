import type { Timestamp, Version } from '../../../db/column.ts';

export const paymentRunStatuses = ['draft', 'approved', 'paid', 'discarded'] as const;
export type PaymentRunStatus = (typeof paymentRunStatuses)[number];

/**
 * Bills paid together (付款批次): the approved, released bills due by a day. Approved by
 * someone with finance:approve, then marked paid with the bank's reference; never edited
 * after. A draft may be discarded, which frees its bills for the next run.
 */
export type PaymentRunTable = {
  id: string;
  workspace_id: string;
  /** PAY-2026-00001. */
  number: string;
  due_by: string;
  status: PaymentRunStatus;
  approved_at: Timestamp | null;
  approved_by: string | null;
  paid_on: string | null;
  bank_reference: string | null;
  journal_id: string | null;
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
  version: Version;
};

export type PaymentRunTables = { payment_runs: PaymentRunTable };

declare module '../../../db/tables.ts' {
  interface Tables extends PaymentRunTables {}
}
