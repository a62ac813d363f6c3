import type { Json, Timestamp } from '../../../db/column.ts';

/** A supplier's chargeback as confirmed: its contract, amount and the tickets behind it. */
export type SettledChargeback = { contractId: string; amountMinor: number; tickets: string[] };

/**
 * A client contract's month of SLA compliance as a finance user confirmed it, once: the credit
 * owed to the client and the chargebacks owed by suppliers, which went to finance.
 */
export type SlaSettlementTable = {
  id: string;
  workspace_id: string;
  contract_id: string;
  /** YYYY-MM of the workspace's calendar. */
  month: string;
  currency: string;
  credit_minor: number;
  chargebacks: Json<SettledChargeback[]>;
  confirmed_at: Timestamp;
  confirmed_by: string | null;
};

export type SlaSettlementTables = { sla_settlements: SlaSettlementTable };

declare module '../../../db/tables.ts' {
  interface Tables extends SlaSettlementTables {}
}
