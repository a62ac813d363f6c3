import { pageFromAll, pageOf, pageQuery } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import { decisionBody, versionBody } from '../contracts.schema.ts';
import * as s from './amendments.schema.ts';
import * as amendments from './amendments.service.ts';

/** A signed contract changes only through an amendment, reviewed like the contract was. */
export function amendmentRoutes(app: App) {
  const r = typed(app);
  const tags = ['contracts'];
  const one = { 200: s.amendmentSchema };
  const params = s.amendmentParams;

  r.get('/api/v1/contracts/:id/amendments', {
    config: { access: 'contracts:read' },
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(s.amendmentSchema) },
    },
    handler: async (req) =>
      pageFromAll(await amendments.listAmendments(req.ctx, req.params.id), req.query),
  });

  r.post('/api/v1/contracts/:id/amendments', {
    config: { access: 'contracts:write' },
    schema: { tags, params: idParam, body: s.amendmentBody, response: { 201: s.amendmentSchema } },
    handler: async (req, reply) =>
      reply.code(201).send(await amendments.createAmendment(req.ctx, req.params.id, req.body)),
  });

  r.patch('/api/v1/contracts/:id/amendments/:amendmentId', {
    config: { access: 'contracts:write' },
    schema: { tags, params, body: s.amendmentUpdateBody, response: one },
    handler: (req) =>
      amendments.updateAmendment(req.ctx, req.params.id, req.params.amendmentId, req.body),
  });

  r.post('/api/v1/contracts/:id/amendments/:amendmentId/submit', {
    config: { access: 'contracts:write' },
    schema: { tags, params, body: versionBody, response: one },
    handler: (req) =>
      amendments.submitAmendment(req.ctx, req.params.id, req.params.amendmentId, req.body.version),
  });

  r.post('/api/v1/contracts/:id/amendments/:amendmentId/withdraw', {
    config: { access: 'contracts:write' },
    schema: { tags, params, body: versionBody, response: one },
    handler: (req) =>
      amendments.withdrawAmendment(
        req.ctx,
        req.params.id,
        req.params.amendmentId,
        req.body.version,
      ),
  });

  r.post('/api/v1/contracts/:id/amendments/:amendmentId/decisions', {
    config: { access: 'contracts:approve' },
    schema: { tags, params, body: decisionBody, response: one },
    handler: (req) =>
      amendments.decideAmendment(req.ctx, req.params.id, req.params.amendmentId, req.body),
  });

  r.post('/api/v1/contracts/:id/amendments/:amendmentId/sign', {
    config: { access: 'contracts:write' },
    schema: { tags, params, body: s.amendmentSignBody, response: one },
    handler: (req) =>
      amendments.signAmendment(req.ctx, req.params.id, req.params.amendmentId, req.body),
  });
}
