import type { TicketLevel, TicketPriority } from '../tickets/tickets.table.ts';

/** Impact (rows) × urgency (columns) → priority. */
export type PriorityMatrix = Record<TicketLevel, Record<TicketLevel, TicketPriority>>;

/**
 * ITIL's matrix, every workspace's until it sets its own: high on both is P1, one step down on
 * either is P2, and so on to P4.
 */
export const defaultMatrix: PriorityMatrix = {
  high: { high: 'p1', medium: 'p2', low: 'p3' },
  medium: { high: 'p2', medium: 'p3', low: 'p4' },
  low: { high: 'p3', medium: 'p4', low: 'p4' },
};

export const priorityIn = (
  matrix: PriorityMatrix,
  impact: TicketLevel,
  urgency: TicketLevel,
): TicketPriority => matrix[impact][urgency];
