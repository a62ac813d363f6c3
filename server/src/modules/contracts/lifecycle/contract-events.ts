import { z } from 'zod';

/**
 * What contracts tell other modules through the outbox. The producer records the payload in
 * the transaction of the change; a subscriber parses it with the same schema.
 */
export const contractTerminated = {
  type: 'contract.terminated',
  payload: z.object({
    contractId: z.string(),
    /** The workspace's day of the termination: nothing under the contract happens after it. */
    endedOn: z.iso.date(),
  }),
};
