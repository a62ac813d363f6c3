import { z } from 'zod';
import { versionField } from '../../../platform/http/schemas.ts';
import { ticketPriorities } from '../tickets/tickets.table.ts';

const row = z.strictObject({
  high: z.enum(ticketPriorities),
  medium: z.enum(ticketPriorities),
  low: z.enum(ticketPriorities),
});

/** Impact (rows) × urgency (columns). */
export const priorityMatrixSchema = z.strictObject({ high: row, medium: row, low: row });

export const deskSettingsBody = z.strictObject({
  priorityMatrix: priorityMatrixSchema,
  version: versionField,
});

export const deskSettingsSchema = z
  .object({
    priorityMatrix: priorityMatrixSchema,
    updatedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'DeskSettings' });
