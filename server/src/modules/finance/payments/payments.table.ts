import type { Generated } from 'kysely';
import type { Timestamp, Version } from '../../../db/column.ts';

/**
 * Money received from a client (收款), in any currency, at that day's rate to base. What is
 * not allocated to invoices is the client's credit balance in that currency, held on
 * advances received until allocated.
 */
export type PaymentTable = {
  id: string;
  workspace_id: string;
  /** RCV-2026-00001: per workspace and year, without gaps. */
  number: string;
  client_id: string;
  received_on: string;
  currency: string;
  amount_minor: number;
  allocated_minor: Generated<number>;
  fx_rate: string;
  base_amount_minor: number;
  /** The base amount its allocations took, so the last one takes exactly what is left. */
  base_allocated_minor: Generated<number>;
  /** The bank's reference and the payer's name, as the statement shows them. */
  reference: string | null;
  payer: string | null;
  journal_id: string;
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
  version: Version;
};

/**
 * Part of a payment applied to an issued invoice of its currency: the receivable it closes at
 * the invoice's rate (`base_minor`) and the payment's base it uses at the payment's rate; the
 * difference is realised exchange gain or loss.
 */
export type PaymentAllocationTable = {
  id: string;
  workspace_id: string;
  payment_id: string;
  invoice_id: string;
  amount_minor: number;
  base_minor: number;
  payment_base_minor: number;
  journal_id: string;
  allocated_on: string;
  created_at: Timestamp;
  created_by: string | null;
};

export type PaymentTables = {
  payments: PaymentTable;
  payment_allocations: PaymentAllocationTable;
};

declare module '../../../db/tables.ts' {
  interface Tables extends PaymentTables {}
}
