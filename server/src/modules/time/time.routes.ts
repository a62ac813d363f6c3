import { pageFromAll, pageOf, pageQuery } from '../../platform/http/pagination.ts';
import { type App, typed } from '../../platform/http/route.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { postEntry } from './entries.service.ts';
import { projectTime } from './project-time.service.ts';
import * as s from './time.schema.ts';
import * as sheets from './timesheets.service.ts';
import * as weeks from './week.service.ts';
import * as workflow from './workflow.service.ts';

/** Weekly timesheets, their approval chain, and what approved time bills and costs. */
export function timeRoutes(app: App) {
  const r = typed(app);
  const tags = ['time'];
  // A supplier's portal users keep and approve their own workers' weeks.
  const own = { access: 'time:write', portal: true } as const;
  const read = { access: 'time:read', portal: true } as const;
  const approve = { access: 'time:approve', portal: true } as const;

  r.get('/api/v1/time/weeks/:week', {
    config: own,
    schema: {
      tags,
      params: s.weekParams,
      querystring: s.personQuery,
      response: { 200: s.weekSchema },
    },
    handler: (req) => weeks.getWeek(req.ctx, req.params.week, req.query.personId),
  });
  r.put('/api/v1/time/weeks/:week', {
    config: own,
    schema: { tags, params: s.weekParams, body: s.weekBody, response: { 200: s.weekSchema } },
    handler: (req) => weeks.saveWeek(req.ctx, req.params.week, req.body),
  });
  r.post('/api/v1/time/entries', {
    config: own,
    schema: { tags, body: s.entryBody, response: { 201: s.weekSchema } },
    handler: async (req, reply) => reply.code(201).send(await postEntry(req.ctx, req.body)),
  });
  r.post('/api/v1/time/weeks/:week/submit', {
    config: own,
    schema: { tags, params: s.weekParams, body: s.submitBody, response: { 200: s.weekSchema } },
    handler: async (req) => {
      await workflow.submitWeek(req.ctx, req.params.week, req.body);
      return weeks.getWeek(req.ctx, req.params.week, req.body.personId);
    },
  });
  r.get('/api/v1/timesheets', {
    config: read,
    schema: {
      tags,
      querystring: s.timesheetListQuery.extend(pageQuery.shape),
      response: { 200: pageOf(s.timesheetSummarySchema) },
    },
    handler: (req) => sheets.listTimesheets(req.ctx, req.query),
  });
  r.get('/api/v1/timesheets/inbox', {
    config: approve,
    schema: { tags, querystring: pageQuery, response: { 200: pageOf(s.inboxItemSchema) } },
    handler: async (req) => pageFromAll(await sheets.approvalInbox(req.ctx), req.query),
  });
  r.get('/api/v1/timesheets/:id', {
    config: read,
    schema: { tags, params: idParam, response: { 200: s.timesheetSchema } },
    handler: (req) => sheets.getTimesheet(req.ctx, req.params.id),
  });
  r.post('/api/v1/timesheets/:id/decisions', {
    config: approve,
    schema: { tags, params: idParam, body: s.decisionBody, response: { 200: s.timesheetSchema } },
    handler: ({ ctx, params, body }) =>
      body.decision === 'approved'
        ? workflow.approveSheet(ctx, params.id, body.version)
        : workflow.rejectSheet(ctx, params.id, {
            version: body.version,
            reason: body.comment ?? '',
          }),
  });
  r.post('/api/v1/timesheets/:id/reverse', {
    config: { access: 'time:approve' },
    schema: { tags, params: idParam, body: s.reasonBody, response: { 200: s.timesheetSchema } },
    handler: (req) => workflow.reverseSheet(req.ctx, req.params.id, req.body),
  });
  r.get('/api/v1/projects/:id/time', {
    config: { access: 'projects:read' },
    schema: { tags, params: idParam, response: { 200: s.projectTimeSchema } },
    handler: (req) => projectTime(req.ctx, req.params.id),
  });
}
