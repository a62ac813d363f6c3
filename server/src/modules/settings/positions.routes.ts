import { pageFromAll, pageOf, pageQuery } from '../../platform/http/pagination.ts';
import { type App, typed } from '../../platform/http/route.ts';
import { idParam } from '../../platform/http/schemas.ts';
import * as s from './positions.schema.ts';
import * as positions from './positions.service.ts';

/** The positions catalogue: what rate cards price and bookings, requests and people name. */
export function positionRoutes(app: App) {
  const r = typed(app);
  const tags = ['settings'];
  const one = { 200: s.positionSchema };

  r.get('/api/v1/positions', {
    config: { access: 'settings:read' },
    schema: {
      tags,
      querystring: s.positionQuery.extend(pageQuery.shape),
      response: { 200: pageOf(s.positionSchema) },
    },
    handler: async (req) =>
      pageFromAll(await positions.listPositions(req.ctx, req.query), req.query),
  });
  r.get('/api/v1/positions/:id', {
    config: { access: 'settings:read' },
    schema: { tags, params: idParam, response: one },
    handler: (req) => positions.getPosition(req.ctx, req.params.id),
  });
  r.post('/api/v1/positions', {
    config: { access: 'settings:write' },
    schema: { tags, body: s.positionBody, response: { 201: s.positionSchema } },
    handler: async (req, reply) =>
      reply.code(201).send(await positions.createPosition(req.ctx, req.body)),
  });
  r.patch('/api/v1/positions/:id', {
    config: { access: 'settings:write' },
    schema: { tags, params: idParam, body: s.positionUpdateBody, response: one },
    handler: (req) => positions.updatePosition(req.ctx, req.params.id, req.body),
  });
}
