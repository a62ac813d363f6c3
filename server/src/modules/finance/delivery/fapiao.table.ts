import type { Timestamp } from '../../../db/column.ts';

/**
 * A fapiao the tax platform issued, recorded by its number. A fully digital e-invoice (全电发票)
 * has a 20-digit number and no code (''); an older one has a code and an 8-digit number.
 * Credit notes get red fapiao with negative totals.
 */
export type FapiaoTable = {
  id: string;
  workspace_id: string;
  number: string;
  code: string;
  issued_on: string;
  total_minor: number;
  tax_minor: number;
  created_at: Timestamp;
  created_by: string | null;
};

/** Which invoices a fapiao covers: one invoice may need several, several may share one. */
export type FapiaoInvoiceTable = { fapiao_id: string; invoice_id: string };

export type FapiaoTables = { fapiao_records: FapiaoTable; fapiao_invoices: FapiaoInvoiceTable };

declare module '../../../db/tables.ts' {
  interface Tables extends FapiaoTables {}
}
