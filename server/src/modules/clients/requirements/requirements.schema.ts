import { z } from 'zod';
import { listQuery } from '../../../platform/http/pagination.ts';
import { isoTimestamp, versionField } from '../../../platform/http/schemas.ts';
import {
  requirementPriorities,
  requirementSources,
  requirementStatuses,
} from './requirements.table.ts';

const fields = {
  title: z.string().trim().min(1).max(300),
  description: z.string().max(20_000),
  priority: z.enum(requirementPriorities),
  status: z.enum(requirementStatuses),
  source: z.enum(requirementSources),
  opportunityId: z.uuid().nullable().optional(),
  contractId: z.uuid().nullable().optional(),
  ownerId: z.uuid().nullable().optional(),
};

export const requirementCreateBody = z.strictObject({
  ...fields,
  description: fields.description.default(''),
  priority: fields.priority.default('medium'),
  status: fields.status.default('new'),
  source: fields.source.default('meeting'),
});

export const requirementUpdateBody = z
  .strictObject(fields)
  .partial()
  .extend({ version: versionField });

const ref = z.object({ id: z.string(), number: z.string(), title: z.string() }).nullable();

export const requirementSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    clientId: z.string(),
    title: z.string(),
    description: z.string(),
    priority: z.enum(requirementPriorities),
    status: z.enum(requirementStatuses),
    source: z.enum(requirementSources),
    opportunity: ref,
    contract: ref,
    owner: z.object({ id: z.string(), name: z.string() }).nullable(),
    createdAt: isoTimestamp,
    updatedAt: isoTimestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Requirement' });

export const requirementListQuery = listQuery.omit({ q: true }).extend({
  status: z.enum(requirementStatuses).optional(),
  priority: z.enum(requirementPriorities).optional(),
});

export const requirementParams = z.object({ id: z.uuid(), requirementId: z.uuid() });
