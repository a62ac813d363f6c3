import type { Timestamp, Version } from '../../../db/column.ts';

export const ticketTypes = ['incident', 'service_request', 'problem', 'change'] as const;
export type TicketType = (typeof ticketTypes)[number];
/** How widely it hurts (impact) and how soon it must be fixed (urgency). */
export const ticketLevels = ['high', 'medium', 'low'] as const;
export type TicketLevel = (typeof ticketLevels)[number];
export const ticketPriorities = ['p1', 'p2', 'p3', 'p4'] as const;
export type TicketPriority = (typeof ticketPriorities)[number];
export const ticketStatuses = [
  'new',
  'assigned',
  'in_progress',
  'waiting',
  'resolved',
  'closed',
] as const;
export type TicketStatus = (typeof ticketStatuses)[number];
/** Whose turn a wait is: the client's, a supplier's, or ours. SLA clocks pause by it. */
export const waitingParties = ['client', 'supplier', 'internal'] as const;
export type WaitingParty = (typeof waitingParties)[number];
/** Why: the client's reply, their access, their approval; a delivery awaited; anything else. */
export const waitingCodes = ['reply', 'access', 'approval', 'delivery', 'other'] as const;
export type WaitingCode = (typeof waitingCodes)[number];
/** How the ticket came: raised at the desk (the app or the API), the client portal, or mail. */
export const ticketChannels = ['desk', 'portal', 'email'] as const;
export type TicketChannel = (typeof ticketChannels)[number];
export const ticketEventKinds = [
  'created',
  'status',
  'priority',
  'assignee',
  'group',
  'work',
  'major',
  'parent',
] as const;
export type TicketEventKind = (typeof ticketEventKinds)[number];

/**
 * A service desk ticket (工单) TCK-000123: an incident, service request, problem or change of
 * a client (under one of its contracts, for its SLAs), its priority from impact × urgency, who
 * works it, and where it stands.
 */
export type TicketTable = {
  id: string;
  workspace_id: string;
  number: string;
  type: TicketType;
  title: string;
  description: string;
  client_id: string | null;
  contract_id: string | null;
  requester_contact_id: string | null;
  category: string | null;
  impact: TicketLevel;
  urgency: TicketLevel;
  priority: TicketPriority;
  /** The group it is routed to, and the member working it. */
  group_id: string | null;
  assignee_id: string | null;
  status: TicketStatus;
  /** While waiting: whose turn it is and why. */
  waiting_on: WaitingParty | null;
  waiting_code: WaitingCode | null;
  waiting_reason: string | null;
  channel: TicketChannel;
  /** The nearest instant one of its running SLA clocks runs out, as last computed. */
  due_at: Timestamp | null;
  /** The mail that opened it, so a message delivered twice opens one ticket. */
  message_id: string | null;
  /** A major incident: the service managers hear of it at once. */
  major: boolean;
  /** The ticket it is filed under (one outage's incidents under the first); resolved with it. */
  parent_id: string | null;
  resolution: string | null;
  resolved_at: Timestamp | null;
  closed_at: Timestamp | null;
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
  version: Version;
};

/**
 * The ticket's state-change log, never edited: each status, priority, assignee and group change with
 * when, by whom and why. SLA clocks are computed from it.
 */
export type TicketEventTable = {
  id: string;
  workspace_id: string;
  ticket_id: string;
  at: Timestamp;
  kind: TicketEventKind;
  /** Status changes: from and to; a wait's party and reason. */
  status_from: TicketStatus | null;
  status_to: TicketStatus | null;
  waiting_on: WaitingParty | null;
  waiting_code: WaitingCode | null;
  /** Priority changes: the new priority; assignee changes: the new assignee. */
  priority: TicketPriority | null;
  assignee_id: string | null;
  /** Routing: the new group. */
  group_id: string | null;
  reason: string | null;
  /** A wait's evidence: the comment that asked. */
  comment_id: string | null;
  actor_id: string | null;
};

export type TicketTables = { tickets: TicketTable; ticket_events: TicketEventTable };

declare module '../../../db/tables.ts' {
  interface Tables extends TicketTables {}
}
