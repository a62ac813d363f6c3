import { pageOf } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import * as s from './requirements.schema.ts';
import * as requirements from './requirements.service.ts';

/** The client's needs, from first mention to delivery. */
export function requirementRoutes(app: App) {
  const r = typed(app);
  const tags = ['clients'];

  r.get('/api/v1/clients/:id/requirements', {
    config: { access: 'clients:read', portal: true },
    schema: {
      tags,
      params: idParam,
      querystring: s.requirementListQuery,
      response: { 200: pageOf(s.requirementSchema) },
    },
    handler: (req) => requirements.listRequirements(req.ctx, req.params.id, req.query),
  });

  r.post('/api/v1/clients/:id/requirements', {
    config: { access: 'clients:write' },
    schema: {
      tags,
      params: idParam,
      body: s.requirementCreateBody,
      response: { 201: s.requirementSchema },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await requirements.createRequirement(req.ctx, req.params.id, req.body)),
  });

  r.patch('/api/v1/clients/:id/requirements/:requirementId', {
    config: { access: 'clients:write' },
    schema: {
      tags,
      params: s.requirementParams,
      body: s.requirementUpdateBody,
      response: { 200: s.requirementSchema },
    },
    handler: (req) =>
      requirements.updateRequirement(req.ctx, req.params.id, req.params.requirementId, req.body),
  });
}
