import { z } from 'zod';
import { sortParam } from '../../../platform/http/keyset.ts';
import { pageOf } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import { opportunitySorts } from './opportunities.repository.ts';
import * as s from './opportunities.schema.ts';
import * as opportunities from './opportunities.service.ts';

export function opportunityRoutes(app: App) {
  const r = typed(app);
  const tags = ['opportunities'];

  r.get('/api/v1/opportunities', {
    config: { access: 'opportunities:read' },
    schema: {
      tags,
      querystring: s.opportunityListQuery.extend({
        sort: sortParam(opportunitySorts, '-createdAt'),
      }),
      response: { 200: pageOf(s.opportunitySchema) },
    },
    handler: (req) => opportunities.listOpportunities(req.ctx, req.query),
  });

  r.get('/api/v1/opportunities/pipeline', {
    config: { access: 'opportunities:read' },
    schema: {
      tags,
      querystring: z.object({ clientId: z.uuid().optional(), ownerId: z.uuid().optional() }),
      response: { 200: s.pipelineSchema },
    },
    handler: (req) => opportunities.getPipeline(req.ctx, req.query),
  });

  r.get('/api/v1/opportunities/:id', {
    config: { access: 'opportunities:read' },
    schema: { tags, params: idParam, response: { 200: s.opportunitySchema } },
    handler: (req) => opportunities.getOpportunity(req.ctx, req.params.id),
  });

  r.post('/api/v1/opportunities', {
    config: { access: 'opportunities:write' },
    schema: { tags, body: s.opportunityCreateBody, response: { 201: s.opportunitySchema } },
    handler: async (req, reply) =>
      reply.code(201).send(await opportunities.createOpportunity(req.ctx, req.body)),
  });

  r.patch('/api/v1/opportunities/:id', {
    config: { access: 'opportunities:write' },
    schema: {
      tags,
      params: idParam,
      body: s.opportunityUpdateBody,
      response: { 200: s.opportunitySchema },
    },
    handler: (req) => opportunities.updateOpportunity(req.ctx, req.params.id, req.body),
  });

  r.post('/api/v1/opportunities/:id/move', {
    config: { access: 'opportunities:write' },
    schema: {
      tags,
      params: idParam,
      body: s.opportunityMoveBody,
      response: { 200: s.opportunitySchema },
    },
    handler: (req) => opportunities.moveOpportunity(req.ctx, req.params.id, req.body),
  });
}
