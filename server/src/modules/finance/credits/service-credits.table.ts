import type { Timestamp } from '../../../db/column.ts';

/** Whose bill a service credit reduces: the client's invoice, or the supplier's bill. */
export const creditSides = ['client', 'supplier'] as const;
export type CreditSide = (typeof creditSides)[number];

/**
 * A service credit owed to a client (a credit line on the contract's next invoice) or a
 * chargeback owed by a supplier (a deduction on its bill), confirmed from a month's SLA
 * compliance. Applied once: the invoice or bill line that takes it allocates it.
 */
export type ServiceCreditTable = {
  id: string;
  workspace_id: string;
  contract_id: string;
  side: CreditSide;
  currency: string;
  amount_minor: number;
  description_zh: string;
  description_en: string;
  /** What produced it, for the line and the audit: "SLA 2026-11 CON-2026-0003". */
  reference: string;
  created_at: Timestamp;
  created_by: string | null;
};

export type ServiceCreditTables = { service_credits: ServiceCreditTable };

declare module '../../../db/tables.ts' {
  interface Tables extends ServiceCreditTables {}
}
