import type { TicketLevel, TicketPriority } from './tickets.table.ts';

/**
 * The priority of impact × urgency, as ITIL's matrix has it: high on both is P1, one step
 * down on either is P2, and so on to P4.
 */
const matrix: Record<TicketLevel, Record<TicketLevel, TicketPriority>> = {
  high: { high: 'p1', medium: 'p2', low: 'p3' },
  medium: { high: 'p2', medium: 'p3', low: 'p4' },
  low: { high: 'p3', medium: 'p4', low: 'p4' },
};

export const priorityOf = (impact: TicketLevel, urgency: TicketLevel): TicketPriority =>
  matrix[impact][urgency];
