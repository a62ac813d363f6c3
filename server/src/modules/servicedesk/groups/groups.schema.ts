import { z } from 'zod';
import { pageQuery } from '../../../platform/http/pagination.ts';
import { versionField } from '../../../platform/http/schemas.ts';
import { groupKinds } from './groups.table.ts';

const members = z.array(z.uuid()).max(200);

export const groupBody = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    kind: z.enum(groupKinds).default('internal'),
    /** A supplier team: the supplier contract whose SLA it works under. */
    supplierContractId: z.uuid().nullable().default(null),
    leadId: z.uuid().nullable().default(null),
    /** An internal group: who works its queue. */
    memberIds: members.default([]),
  })
  .refine((b) => (b.kind === 'supplier') === (b.supplierContractId !== null), {
    message: 'A supplier team names its supplier contract; an internal group none',
    path: ['supplierContractId'],
  })
  .refine((b) => b.kind === 'internal' || b.memberIds.length === 0, {
    message: "A supplier team's members are the supplier's portal users",
    path: ['memberIds'],
  });

export const groupUpdateBody = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
  leadId: z.uuid().nullable().optional(),
  memberIds: members.optional(),
  version: versionField,
});

export const groupQuery = pageQuery;

const ref = z.object({ id: z.string(), name: z.string() });

export const groupSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(groupKinds),
    supplier: ref.nullable(),
    supplierContract: z.object({ id: z.string(), number: z.string() }).nullable(),
    lead: ref.nullable(),
    members: z.array(ref),
    version: z.number().int(),
  })
  .meta({ id: 'TicketGroup' });
