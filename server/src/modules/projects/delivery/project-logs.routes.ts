import { z } from 'zod';
import { pageFromAll, pageOf, pageQuery } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import * as s from '../projects.schema.ts';
import * as logs from './project-logs.service.ts';

/** A project's issue and decision logs. */
export function projectLogRoutes(app: App) {
  const r = typed(app);
  const tags = ['projects'];
  const read = { access: 'projects:read' } as const;
  const write = { access: 'projects:write' } as const;
  const issueList = { 200: z.array(s.issueSchema) };
  const decisionList = { 200: z.array(s.decisionSchema) };
  r.get('/api/v1/projects/:id/issues', {
    config: read,
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(s.issueSchema) },
    },
    handler: async (req) => pageFromAll(await logs.listIssues(req.ctx, req.params.id), req.query),
  });
  r.post('/api/v1/projects/:id/issues', {
    config: write,
    schema: { tags, params: idParam, body: s.issueBody, response: issueList },
    handler: (req) => logs.addIssue(req.ctx, req.params.id, req.body),
  });
  r.patch('/api/v1/projects/:id/issues/:issueId', {
    config: write,
    schema: { tags, params: s.issueParams, body: s.issueUpdateBody, response: issueList },
    handler: (req) => logs.updateIssue(req.ctx, req.params.id, req.params.issueId, req.body),
  });
  r.get('/api/v1/projects/:id/decision-log', {
    config: read,
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(s.decisionSchema) },
    },
    handler: async (req) =>
      pageFromAll(await logs.listDecisions(req.ctx, req.params.id), req.query),
  });
  r.post('/api/v1/projects/:id/decision-log', {
    config: write,
    schema: {
      tags,
      operationId: 'recordProjectDecision',
      params: idParam,
      body: s.decisionBody,
      response: decisionList,
    },
    handler: (req) => logs.addDecision(req.ctx, req.params.id, req.body),
  });
}
