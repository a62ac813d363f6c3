import { z } from 'zod';
import { isoTimestamp, versionField } from '../../../platform/http/schemas.ts';
import { healths, reportStatuses } from '../projects.table.ts';

const rag = z.enum(healths);
export const reportBody = z.strictObject({
  periodEnd: z.iso.date().optional(),
  scope: rag,
  schedule: rag,
  cost: rag,
  quality: rag,
  summary: z.string().trim().min(1).max(8000),
});
export const reportUpdateBody = reportBody
  .omit({ periodEnd: true })
  .partial()
  .extend({ version: versionField });
export const reportParams = z.object({ id: z.uuid(), reportId: z.uuid() });
export const publishBody = z.strictObject({ version: versionField });

const figures = z.object({
  percentComplete: z.number(),
  spi: z.number().nullable(),
  cpi: z.number().nullable(),
  milestonesDue: z.array(z.object({ name: z.string(), dueDate: z.string() })),
  openIssues: z.number().int(),
  overdueIssues: z.number().int(),
  deliverablesWaiting: z.number().int(),
});

export const reportSchema = z
  .object({
    id: z.string(),
    periodEnd: z.string(),
    scope: rag,
    schedule: rag,
    cost: rag,
    quality: rag,
    summary: z.string(),
    figures,
    status: z.enum(reportStatuses),
    publishedAt: isoTimestamp.nullable(),
    version: versionField,
  })
  .meta({ id: 'StatusReport' });

/** The client's copy: no cost rating, no cost index. */
export const portalReportSchema = reportSchema
  .omit({ cost: true })
  .extend({ figures: figures.omit({ cpi: true }) })
  .meta({ id: 'PortalStatusReport' });
