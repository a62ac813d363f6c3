import { z } from 'zod';
import { pageQuery } from '../../../platform/http/pagination.ts';
import { instantInput, isoTimestamp, versionField } from '../../../platform/http/schemas.ts';
import { interactionKinds } from './interactions.table.ts';

const fields = {
  kind: z.enum(interactionKinds),
  occurredAt: instantInput,
  subject: z.string().trim().min(1).max(200),
  notes: z.string().trim().max(10_000).nullable().optional(),
  contactIds: z.array(z.uuid()).max(50),
  ownerId: z.uuid().nullable().optional(),
  nextStep: z.string().trim().max(500).nullable().optional(),
  nextStepDue: z.iso.date().nullable().optional(),
};

export const interactionCreateBody = z.strictObject({
  ...fields,
  contactIds: fields.contactIds.default([]),
});

export const interactionUpdateBody = z
  .strictObject({ ...fields, nextStepDone: z.boolean() })
  .partial()
  .extend({ version: versionField });

export const interactionSchema = z
  .object({
    id: z.string(),
    client: z.object({ id: z.string(), name: z.string() }),
    kind: z.enum(interactionKinds),
    occurredAt: isoTimestamp,
    subject: z.string(),
    notes: z.string().nullable(),
    contactIds: z.array(z.string()),
    owner: z.object({ id: z.string(), name: z.string() }).nullable(),
    nextStep: z.string().nullable(),
    nextStepDue: z.string().nullable(),
    nextStepDone: z.boolean(),
    createdAt: isoTimestamp,
    updatedAt: isoTimestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Interaction' });

export const nextStepsQuery = pageQuery.extend({
  ownerId: z.uuid().optional(),
  dueBy: z.iso.date().optional(),
});
