import { z } from 'zod';
import { portalChangeRequestSchema } from '../changes/change-requests.schema.ts';
import { healths, milestoneStatuses, projectPhases } from '../projects.table.ts';
import { deliverableSchema } from './deliverables.schema.ts';
import { portalReportSchema } from './status-reports.schema.ts';

export const portalProjectSummary = z
  .object({
    id: z.string(),
    number: z.string(),
    name: z.string(),
    phase: z.enum(projectPhases),
    health: z.enum(healths),
    startDate: z.string(),
    endDate: z.string(),
    signedOffAt: z.string().nullable(),
  })
  .meta({ id: 'PortalProjectSummary' });

export const portalProjectSchema = portalProjectSummary
  .extend({
    milestones: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        dueDate: z.string(),
        status: z.enum(milestoneStatuses),
        completedOn: z.string().nullable(),
      }),
    ),
    deliverables: z.array(deliverableSchema.omit({ owner: true })),
    statusReports: z.array(portalReportSchema),
    changeRequests: z.array(portalChangeRequestSchema),
  })
  .meta({ id: 'PortalProject' });
