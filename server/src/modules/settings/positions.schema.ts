import { z } from 'zod';
import { versionField } from '../../platform/http/schemas.ts';

const name = z.string().trim().min(1).max(100);
const positionFields = { nameZh: name, nameEn: name };

export const positionBody = z.strictObject(positionFields);
export const positionUpdateBody = z
  .strictObject(positionFields)
  .partial()
  .extend({ version: versionField, active: z.boolean().optional() });

export const positionQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  /** Retired positions too (the catalogue page); pickers leave them out. */
  includeInactive: z.enum(['true', 'false']).optional(),
});

export const positionSchema = z
  .object({
    id: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    active: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'Position' });

/** How a record that names a position shows it. */
export const positionRefSchema = positionSchema
  .pick({ id: true, nameZh: true, nameEn: true })
  .meta({ id: 'PositionRef' });
