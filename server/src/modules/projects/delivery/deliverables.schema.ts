import { z } from 'zod';
import { isoTimestamp, versionField } from '../../../platform/http/schemas.ts';
import { deliverableStatuses } from '../projects.table.ts';

const ref = z.object({ id: z.string(), name: z.string() }).nullable();
const fields = {
  name: z.string().trim().min(1).max(200),
  acceptanceCriteria: z.string().trim().min(1).max(4000),
  ownerId: z.uuid().nullable().optional(),
  dueDate: z.iso.date(),
  /** The milestone the client's acceptance completes. */
  milestoneId: z.uuid().nullable().optional(),
};
export const deliverableBody = z.strictObject(fields);
export const deliverableUpdateBody = z
  .strictObject(fields)
  .partial()
  .extend({ version: versionField });
export const deliverableParams = z.object({ id: z.uuid(), deliverableId: z.uuid() });
export const deliverableSubmitBody = z.strictObject({
  version: versionField,
  note: z.string().trim().max(4000).nullable().default(null),
});
export const deliverableDecisionBody = z
  .strictObject({
    version: versionField,
    decision: z.enum(['accepted', 'rejected']),
    comment: z.string().trim().min(1).max(4000).optional(),
  })
  .refine((d) => d.decision === 'accepted' || d.comment, {
    message: 'Say why it is rejected',
    path: ['comment'],
  });

export const deliverableSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    acceptanceCriteria: z.string(),
    owner: ref,
    dueDate: z.string(),
    milestone: ref,
    status: z.enum(deliverableStatuses),
    submissionNote: z.string().nullable(),
    submittedAt: isoTimestamp.nullable(),
    decidedAt: isoTimestamp.nullable(),
    decisionComment: z.string().nullable(),
    rejectionCount: z.number().int(),
    version: versionField,
  })
  .meta({ id: 'Deliverable' });
