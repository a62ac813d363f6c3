import { z } from 'zod';
import { pageFromAll, pageOf, pageQuery } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import { linkAmendment } from './change-approval.ts';
import * as s from './change-requests.schema.ts';
import * as changes from './change-requests.service.ts';

/**
 * Change requests: written and submitted by the project, reviewed by those who approve
 * contracts, then approved by the client in the portal.
 */
export function changeRequestRoutes(app: App) {
  const r = typed(app);
  const tags = ['projects'];
  const list = { 200: z.array(s.changeRequestSchema) };
  const base = '/api/v1/projects/:id/change-requests';
  const one = `${base}/:changeId`;
  const params = s.changeRequestParams;

  r.get(base, {
    config: { access: 'projects:read' },
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(s.changeRequestSchema) },
    },
    handler: async (req) =>
      pageFromAll(await changes.listChangeRequests(req.ctx, req.params.id), req.query),
  });
  r.post(base, {
    config: { access: 'projects:write' },
    schema: { tags, params: idParam, body: s.changeRequestBody, response: list },
    handler: (req) => changes.addChangeRequest(req.ctx, req.params.id, req.body),
  });
  r.patch(one, {
    config: { access: 'projects:write' },
    schema: { tags, params, body: s.changeRequestUpdateBody, response: list },
    handler: (req) =>
      changes.updateChangeRequest(req.ctx, req.params.id, req.params.changeId, req.body),
  });
  r.post(`${one}/submit`, {
    config: { access: 'projects:write' },
    schema: { tags, params, body: s.changeRequestVersionBody, response: list },
    handler: (req) =>
      changes.submitChangeRequest(req.ctx, req.params.id, req.params.changeId, req.body.version),
  });
  r.post(`${one}/decisions`, {
    config: { access: 'contracts:approve' },
    schema: { tags, params, body: s.changeRequestDecisionBody, response: list },
    handler: (req) =>
      changes.reviewChangeRequest(req.ctx, req.params.id, req.params.changeId, req.body),
  });
  r.post(`${one}/amendment`, {
    config: { access: 'contracts:write' },
    schema: {
      tags,
      params,
      body: s.changeRequestVersionBody,
      response: { 200: s.changeRequestSchema },
    },
    handler: (req) => linkAmendment(req.ctx, req.params.id, req.params.changeId, req.body.version),
  });
  r.post('/api/v1/client-portal/change-requests/:id/decisions', {
    config: { access: 'deliveries:review', portal: true },
    schema: {
      tags: ['client portal'],
      params: idParam,
      body: s.changeRequestDecisionBody,
      response: { 200: s.portalChangeRequestSchema },
    },
    handler: (req) => changes.decideChangeRequest(req.ctx, req.params.id, req.body),
  });
}
