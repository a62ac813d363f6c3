import { z } from 'zod';
import { measurementWindows, slaMetrics, slaPriorities } from '../contracts.table.ts';

const percent = z.number().min(0).max(100);

export const slaBody = z.strictObject({
  metric: z.enum(slaMetrics),
  priority: z.enum(slaPriorities).nullable().optional(),
  target: z.number().min(0).max(1_000_000),
  measurementWindow: z.enum(measurementWindows).default('month'),
  creditPercent: percent.default(0),
  creditCapPercent: percent.default(0),
});

export const slaSchema = z
  .object({
    id: z.string(),
    metric: z.enum(slaMetrics),
    priority: z.enum(slaPriorities).nullable(),
    target: z.number(),
    /** minutes, percent or score (CSAT 1–5). */
    unit: z.enum(['minutes', 'percent', 'score']),
    /** Whether a lower measure is better (times, defect rate). */
    lowerIsBetter: z.boolean(),
    measurementWindow: z.enum(measurementWindows),
    creditPercent: z.number(),
    creditCapPercent: z.number(),
    sourceSlaId: z.string().nullable(),
  })
  .meta({ id: 'Sla' });

export const slaParams = z.object({ id: z.uuid(), slaId: z.uuid() });
