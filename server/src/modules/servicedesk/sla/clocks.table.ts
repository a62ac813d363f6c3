import type { Timestamp } from '../../../db/column.ts';
import type { ClockState } from './clock.ts';
import type { ClockedMetric, ClockParty } from './ticket-clocks.ts';

/**
 * A ticket's SLA clocks as last computed from its log: what queues, dashboards and reports
 * read, and what the sweep watches to warn and escalate. Always recomputable from the log.
 */
export type TicketClockTable = {
  ticket_id: string;
  party: ClockParty;
  metric: ClockedMetric;
  workspace_id: string;
  /** The client contract, or the supplier contract of the team that held the ticket. */
  contract_id: string;
  target_minutes: number;
  elapsed_seconds: number;
  paused_seconds: number;
  due_at: Timestamp | null;
  breached_at: Timestamp | null;
  stopped_at: Timestamp | null;
  state: ClockState;
  started_at: Timestamp;
  /** The last warning sent: 0, 50, 75, 90 or 100 (the breach). */
  warned_percent: number;
  next_check_at: Timestamp | null;
  computed_at: Timestamp;
};

export type TicketClockTables = { ticket_clocks: TicketClockTable };

declare module '../../../db/tables.ts' {
  interface Tables extends TicketClockTables {}
}
