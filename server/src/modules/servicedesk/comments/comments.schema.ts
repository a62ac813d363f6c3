import { z } from 'zod';
import { commentVisibilities } from './comments.table.ts';

export const commentBody = z.strictObject({
  body: z.string().trim().min(1).max(20_000),
  /**
   * Who besides us reads it: the client (the ticket's client conversation, which the supplier
   * team holding it reads too), the supplier's team alone, or nobody (internal). A client's
   * user always writes to the client conversation; a supplier's team to it or to its own.
   */
  visibility: z.enum(commentVisibilities).default('internal'),
  /** Members to notify. */
  mentionIds: z.array(z.uuid()).max(20).default([]),
});
