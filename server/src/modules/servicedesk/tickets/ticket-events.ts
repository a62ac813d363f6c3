import { z } from 'zod';

/**
 * What the service desk tells other modules through the outbox: a ticket was resolved for a
 * client contact who asked (feedback sends them a satisfaction survey).
 */
export const ticketResolved = {
  type: 'ticket.resolved',
  payload: z.object({ ticketId: z.string(), clientId: z.string(), contactId: z.string() }),
};
