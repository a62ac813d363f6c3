import { z } from 'zod';
import { isoTimestamp } from '../../../platform/http/schemas.ts';
import { qualificationKinds } from '../suppliers.table.ts';

const day = z.iso.date();
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const qualificationStatuses = ['valid', 'expiring', 'expired'] as const;

export const qualificationBody = z.strictObject({
  kind: z.enum(qualificationKinds),
  name: z.string().trim().min(1).max(200),
  number: optionalText(100),
  issuer: optionalText(200),
  validFrom: day.nullable().optional(),
  validTo: day.nullable().optional(),
  /** Set by the workspace; ignored when a supplier adds its own. */
  mandatory: z.boolean().default(false),
});

export const qualificationSchema = z
  .object({
    id: z.string(),
    kind: z.enum(qualificationKinds),
    name: z.string(),
    number: z.string().nullable(),
    issuer: z.string().nullable(),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
    mandatory: z.boolean(),
    /** Expiring: ends within 90 days. */
    status: z.enum(qualificationStatuses),
    createdAt: isoTimestamp,
  })
  .meta({ id: 'Qualification' });

export const qualificationParams = z.object({ id: z.uuid(), qualificationId: z.uuid() });
