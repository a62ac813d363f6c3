import { z } from 'zod';
import { pageFromAll, pageOf, pageQuery } from '../http/pagination.ts';
import { type App, typed } from '../http/route.ts';
import { isoTimestamp } from '../http/schemas.ts';
import { jobSummaries } from './job-runs.ts';

const jobSummarySchema = z
  .object({
    name: z.string(),
    lastRun: z
      .object({
        startedAt: isoTimestamp.nullable(),
        finishedAt: isoTimestamp,
        durationMs: z.number().int().nullable(),
        outcome: z.enum(['done', 'failed']),
      })
      .nullable(),
    runningSince: isoTimestamp.nullable(),
    retrying: z.boolean(),
    nextRunAt: isoTimestamp.nullable(),
    runsLast30Days: z.number().int(),
    failuresLast30Days: z.number().int(),
  })
  .meta({ id: 'JobSummary' });

/** The installation's background jobs, for the admins who keep it running. */
export function jobRoutes(app: App) {
  typed(app).get('/api/v1/jobs', {
    config: { access: 'workspace:admin' },
    schema: {
      tags: ['jobs'],
      description:
        "Each job's last run (start, duration, outcome), the run under way, the next run and its runs and failures over 30 days. Error texts are in the worker's log only.",
      querystring: pageQuery,
      response: { 200: pageOf(jobSummarySchema) },
    },
    handler: async (req) =>
      pageFromAll(await jobSummaries(req.ctx.db, req.ctx.clock.now()), req.query),
  });
}
