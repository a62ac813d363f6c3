import { z } from 'zod';
import { isoTimestamp, versionField } from '../../../platform/http/schemas.ts';
import { minorUnits } from '../../../platform/money.ts';
import { amendmentStatuses } from '../contracts.table.ts';
import { rateBody } from '../rates/rate-cards.schema.ts';
import { slaBody } from '../slas/slas.schema.ts';

const day = z.iso.date();

export const amendmentChanges = z
  .strictObject({
    valueMinor: minorUnits,
    capMinor: minorUnits.nullable(),
    startDate: day,
    endDate: day.nullable(),
    noticeDays: z.number().int().min(0).max(3650),
    autoRenew: z.boolean(),
    scope: z.string().max(20_000),
    rates: z.array(rateBody).min(1).max(200),
    slas: z.array(slaBody).max(50),
  })
  .partial()
  .refine((c) => Object.keys(c).length > 0, 'an amendment changes at least one thing');

export const amendmentBody = z.strictObject({
  title: z.string().trim().min(1).max(300),
  reason: z.string().trim().min(1).max(5000),
  changes: amendmentChanges,
});

export const amendmentUpdateBody = z
  .strictObject({
    title: amendmentBody.shape.title,
    reason: amendmentBody.shape.reason,
    changes: amendmentChanges,
  })
  .partial()
  .extend({ version: versionField });

export const amendmentParams = z.object({ id: z.uuid(), amendmentId: z.uuid() });

export const amendmentSignBody = z.strictObject({ signedOn: day, version: versionField });

const anyValue = z.unknown();

export const amendmentSchema = z
  .object({
    id: z.string(),
    seq: z.number().int(),
    title: z.string(),
    reason: z.string(),
    status: z.enum(amendmentStatuses),
    statusReason: z.string().nullable(),
    /** Field by field: the contract's value (at signing, once signed) and the amendment's. */
    diff: z.array(z.object({ field: z.string(), before: anyValue, after: anyValue })),
    review: z.object({
      round: z.number().int(),
      approvalsRequired: z.number().int(),
      financeRequired: z.boolean(),
      submittedBy: z.string().nullable(),
    }),
    signedOn: z.string().nullable(),
    actions: z.array(z.enum(['edit', 'submit', 'withdraw', 'decide', 'sign'])),
    createdAt: isoTimestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Amendment' });
