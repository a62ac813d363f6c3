import { z } from 'zod';
import { versionField } from '../../../platform/http/schemas.ts';
import { interactionKinds } from './interactions.table.ts';

const fields = {
  contactId: z.uuid(),
  channel: z.enum(interactionKinds),
  cadenceDays: z.number().int().min(1).max(365),
  ownerId: z.uuid().nullable().optional(),
};

export const touchpointBody = z.strictObject(fields);
export const touchpointUpdateBody = z
  .strictObject({
    channel: fields.channel,
    cadenceDays: fields.cadenceDays,
    ownerId: fields.ownerId,
  })
  .partial()
  .extend({ version: versionField });

export const touchpointSchema = z
  .object({
    id: z.string(),
    contact: z.object({ id: z.string(), name: z.string() }),
    channel: z.enum(interactionKinds),
    cadenceDays: z.number().int(),
    owner: z.object({ id: z.string(), name: z.string() }).nullable(),
    /** When the stakeholder last took part in an interaction; null if never. */
    lastTouch: z.string().nullable(),
    /** The day the next touch is due: at once when never touched. */
    nextDue: z.string(),
    overdue: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'Touchpoint' });

export const touchpointParams = z.object({ id: z.uuid(), touchpointId: z.uuid() });
