import type { Timestamp, Version } from '../../../db/column.ts';

/** Our own team, or a supplier's team working tickets under a supplier contract. */
export const groupKinds = ['internal', 'supplier'] as const;
export type GroupKind = (typeof groupKinds)[number];

/**
 * An assignment group (处理组) tickets are routed to. A supplier team is bound to a supplier
 * contract: its SLA runs the underpinning clock while the team holds a ticket, and the
 * supplier's portal users see the tickets routed to it and nothing else.
 */
export type TicketGroupTable = {
  id: string;
  workspace_id: string;
  name: string;
  kind: GroupKind;
  supplier_id: string | null;
  supplier_contract_id: string | null;
  /** Our member who answers for the group: escalations reach them. */
  lead_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
};

/** Who works an internal group's queue. */
export type TicketGroupMemberTable = { group_id: string; user_id: string };

export type TicketGroupTables = {
  ticket_groups: TicketGroupTable;
  ticket_group_members: TicketGroupMemberTable;
};

declare module '../../../db/tables.ts' {
  interface Tables extends TicketGroupTables {}
}
