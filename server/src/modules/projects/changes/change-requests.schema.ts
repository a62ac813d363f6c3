import { z } from 'zod';
import { isoTimestamp, versionField } from '../../../platform/http/schemas.ts';
import { changeRequestStatuses } from '../projects.table.ts';

/** A budget change either way, in minor units of the project's currency. */
const budgetDelta = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
const fields = {
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().min(1).max(8000),
  reason: z.string().trim().min(1).max(4000),
  endDate: z.iso.date().nullable().default(null),
  budgetDeltaMinor: budgetDelta.default(0),
};
export const changeRequestBody = z.strictObject(fields);
export const changeRequestUpdateBody = z
  .strictObject({
    title: fields.title,
    description: fields.description,
    reason: fields.reason,
    endDate: z.iso.date().nullable(),
    budgetDeltaMinor: budgetDelta,
  })
  .partial()
  .extend({ version: versionField });
export const changeRequestParams = z.object({ id: z.uuid(), changeId: z.uuid() });
export const changeRequestVersionBody = z.strictObject({ version: versionField });
export const changeRequestDecisionBody = z
  .strictObject({
    version: versionField,
    decision: z.enum(['approved', 'rejected']),
    comment: z.string().trim().min(1).max(4000).optional(),
  })
  .refine((d) => d.decision === 'approved' || d.comment, {
    message: 'Say why it is rejected',
    path: ['comment'],
  });

const user = z.object({ id: z.string(), name: z.string() }).nullable();

/** What the client sees of a change put to them: never our review or the contract side. */
export const portalChangeRequestSchema = z
  .object({
    id: z.string(),
    seq: z.number().int(),
    title: z.string(),
    description: z.string(),
    reason: z.string(),
    endDate: z.string().nullable(),
    budgetDeltaMinor: z.number().int(),
    currency: z.string(),
    status: z.enum(changeRequestStatuses),
    clientDecidedAt: isoTimestamp.nullable(),
    clientComment: z.string().nullable(),
    version: versionField,
  })
  .meta({ id: 'PortalChangeRequest' });

export const changeRequestSchema = portalChangeRequestSchema
  .extend({
    submittedBy: user,
    submittedAt: isoTimestamp.nullable(),
    reviewedBy: user,
    reviewedAt: isoTimestamp.nullable(),
    reviewComment: z.string().nullable(),
    /** Once approved: the baseline it froze and the plan it replaced. */
    baselineSeq: z.number().int().nullable(),
    endDateBefore: z.string().nullable(),
    budgetBeforeMinor: z.number().int().nullable(),
    amendment: z
      .object({ id: z.string(), seq: z.number().int(), contractId: z.string() })
      .nullable(),
  })
  .meta({ id: 'ChangeRequest' });
