import { z } from 'zod';
import { isoTimestamp, versionField } from '../../../platform/http/schemas.ts';
import { absenceKinds, absenceStatuses, credentialKinds } from './availability.table.ts';

const day = z.iso.date();

export const absenceBody = z
  .strictObject({
    kind: z.enum(absenceKinds),
    startDate: day,
    endDate: day,
    note: z.string().trim().max(1000).nullable().optional(),
  })
  .refine((a) => a.endDate >= a.startDate, {
    message: 'The end comes before the start',
    path: ['endDate'],
  });

export const absenceDecisionBody = z.strictObject({
  decision: z.enum(['approved', 'rejected']),
  version: versionField,
});

export const absenceParams = z.object({ id: z.uuid(), absenceId: z.uuid() });

export const absenceQuery = z.strictObject({
  status: z.enum(absenceStatuses).optional(),
});

export const absenceSchema = z
  .object({
    id: z.string(),
    person: z.object({ id: z.string(), name: z.string() }),
    kind: z.enum(absenceKinds),
    startDate: z.string(),
    endDate: z.string(),
    status: z.enum(absenceStatuses),
    note: z.string().nullable(),
    decidedAt: isoTimestamp.nullable(),
    createdAt: isoTimestamp,
    version: z.number(),
  })
  .meta({ id: 'Absence' });

export const credentialBody = z
  .strictObject({
    kind: z.enum(credentialKinds),
    name: z.string().trim().min(1).max(200),
    issuer: z.string().trim().max(200).nullable().optional(),
    reference: z.string().trim().max(200).nullable().optional(),
    issuedOn: day.nullable().optional(),
    expiresOn: day.nullable().optional(),
  })
  .refine((c) => !c.issuedOn || !c.expiresOn || c.expiresOn >= c.issuedOn, {
    message: 'It expires before it was issued',
    path: ['expiresOn'],
  });

export const credentialParams = z.object({ id: z.uuid(), credentialId: z.uuid() });

export const credentialSchema = z
  .object({
    id: z.string(),
    kind: z.enum(credentialKinds),
    name: z.string(),
    issuer: z.string().nullable(),
    reference: z.string().nullable(),
    issuedOn: z.string().nullable(),
    expiresOn: z.string().nullable(),
    /** valid, expiring (within 30 days) or expired, on the caller's today. */
    state: z.enum(['valid', 'expiring', 'expired']),
    createdAt: isoTimestamp,
  })
  .meta({ id: 'PersonCredential' });
