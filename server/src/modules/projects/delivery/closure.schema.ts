import { z } from 'zod';
import { listQuery } from '../../../platform/http/pagination.ts';
import { isoTimestamp, versionField } from '../../../platform/http/schemas.ts';

const score = z.number().int().min(1).max(5);
export const evaluationBody = z.strictObject({
  version: versionField,
  scheduleScore: score,
  costScore: score,
  qualityScore: score,
  note: z.string().trim().max(4000).nullable().default(null),
});
export const signOffBody = z.strictObject({
  satisfaction: score,
  comment: z.string().trim().max(4000).nullable().default(null),
});
export const lessonBody = z.strictObject({
  wentWell: z.string().trim().min(1).max(4000),
  toChange: z.string().trim().min(1).max(4000),
  tags: z.array(z.string().trim().min(1).max(50)).max(20).default([]),
});
export const lessonQuery = listQuery.pick({ q: true }).extend({
  tag: z.string().trim().min(1).max(50).optional(),
});
export const lessonSchema = z
  .object({
    id: z.string(),
    project: z.object({ id: z.string(), number: z.string(), name: z.string() }),
    wentWell: z.string(),
    toChange: z.string(),
    tags: z.array(z.string()),
    createdAt: isoTimestamp,
  })
  .meta({ id: 'Lesson' });
