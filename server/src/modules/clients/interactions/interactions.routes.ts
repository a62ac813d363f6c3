import { z } from 'zod';
import { sortParam } from '../../../platform/http/keyset.ts';
import { listQuery, pageFromAll, pageOf, pageQuery } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import { interactionSorts } from './interactions.repository.ts';
import * as s from './interactions.schema.ts';
import * as interactions from './interactions.service.ts';
import * as t from './touchpoints.schema.ts';
import * as touchpoints from './touchpoints.service.ts';

export function interactionRoutes(app: App) {
  const r = typed(app);
  const tags = ['clients'];

  r.get('/api/v1/clients/:id/interactions', {
    config: { access: 'clients:read' },
    schema: {
      tags,
      params: idParam,
      querystring: listQuery
        .omit({ q: true })
        .extend({ sort: sortParam(interactionSorts, '-occurredAt') }),
      response: { 200: pageOf(s.interactionSchema) },
    },
    handler: (req) => interactions.listInteractions(req.ctx, req.params.id, req.query),
  });

  r.post('/api/v1/clients/:id/interactions', {
    config: { access: 'clients:write' },
    schema: {
      tags,
      params: idParam,
      body: s.interactionCreateBody,
      response: { 201: s.interactionSchema },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await interactions.createInteraction(req.ctx, req.params.id, req.body)),
  });

  r.patch('/api/v1/clients/:id/interactions/:interactionId', {
    config: { access: 'clients:write' },
    schema: {
      tags,
      params: z.object({ id: z.uuid(), interactionId: z.uuid() }),
      body: s.interactionUpdateBody,
      response: { 200: s.interactionSchema },
    },
    handler: (req) =>
      interactions.updateInteraction(req.ctx, req.params.id, req.params.interactionId, req.body),
  });

  const plan = { 200: z.array(t.touchpointSchema) };

  r.get('/api/v1/clients/:id/communication-plan', {
    config: { access: 'clients:read' },
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(t.touchpointSchema) },
    },
    handler: async (req) =>
      pageFromAll(await touchpoints.listTouchpoints(req.ctx, req.params.id), req.query),
  });

  r.post('/api/v1/clients/:id/communication-plan', {
    config: { access: 'clients:write' },
    schema: { tags, params: idParam, body: t.touchpointBody, response: plan },
    handler: (req) => touchpoints.addTouchpoint(req.ctx, req.params.id, req.body),
  });

  r.patch('/api/v1/clients/:id/communication-plan/:touchpointId', {
    config: { access: 'clients:write' },
    schema: { tags, params: t.touchpointParams, body: t.touchpointUpdateBody, response: plan },
    handler: (req) =>
      touchpoints.updateTouchpoint(req.ctx, req.params.id, req.params.touchpointId, req.body),
  });

  r.delete('/api/v1/clients/:id/communication-plan/:touchpointId', {
    config: { access: 'clients:write' },
    schema: { tags, params: t.touchpointParams, response: plan },
    handler: (req) => touchpoints.removeTouchpoint(req.ctx, req.params.id, req.params.touchpointId),
  });

  r.get('/api/v1/next-steps', {
    config: { access: 'clients:read' },
    schema: {
      tags,
      querystring: s.nextStepsQuery,
      response: { 200: pageOf(s.interactionSchema) },
    },
    handler: async (req) =>
      pageFromAll(await interactions.listNextSteps(req.ctx, req.query), req.query),
  });
}
