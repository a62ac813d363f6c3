import { pageFromAll, pageOf, pageQuery } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import * as templates from './evaluation-templates.service.ts';
import * as e from './evaluations.schema.ts';
import * as evaluations from './evaluations.service.ts';

/** Evaluation templates, and supplier evaluations with their scores. */
export function evaluationRoutes(app: App) {
  const r = typed(app);
  const tags = ['suppliers'];
  const detail = { 200: e.evaluationDetailSchema };

  r.get('/api/v1/evaluation-templates', {
    config: { access: 'suppliers:read' },
    schema: { tags, querystring: pageQuery, response: { 200: pageOf(e.templateSchema) } },
    handler: async (req) => pageFromAll(await templates.listTemplates(req.ctx), req.query),
  });
  r.post('/api/v1/evaluation-templates', {
    config: { access: 'suppliers:write' },
    schema: { tags, body: e.templateBody, response: { 201: e.templateSchema } },
    handler: async (req, reply) =>
      reply.code(201).send(await templates.createTemplate(req.ctx, req.body)),
  });
  r.patch('/api/v1/evaluation-templates/:id', {
    config: { access: 'suppliers:write' },
    schema: {
      tags,
      params: idParam,
      body: e.templateUpdateBody,
      response: { 200: e.templateSchema },
    },
    handler: (req) => templates.updateTemplate(req.ctx, req.params.id, req.body),
  });

  r.get('/api/v1/suppliers/:id/evaluations', {
    config: { access: 'suppliers:read', portal: true },
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(e.evaluationSchema) },
    },
    handler: async (req) =>
      pageFromAll(await evaluations.listEvaluations(req.ctx, req.params.id), req.query),
  });
  r.post('/api/v1/suppliers/:id/evaluations', {
    config: { access: 'suppliers:evaluate' },
    schema: {
      tags,
      params: idParam,
      body: e.evaluationBody,
      response: { 201: e.evaluationDetailSchema },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await evaluations.createEvaluation(req.ctx, req.params.id, req.body)),
  });
  r.get('/api/v1/suppliers/:id/evaluations/:evaluationId', {
    config: { access: 'suppliers:read' },
    schema: { tags, params: e.evaluationParams, response: detail },
    handler: (req) => evaluations.getEvaluation(req.ctx, req.params.id, req.params.evaluationId),
  });
  r.put('/api/v1/suppliers/:id/evaluations/:evaluationId/scores', {
    config: { access: 'suppliers:evaluate' },
    schema: { tags, params: e.evaluationParams, body: e.scoresBody, response: detail },
    handler: (req) =>
      evaluations.scoreEvaluation(req.ctx, req.params.id, req.params.evaluationId, req.body),
  });
  r.post('/api/v1/suppliers/:id/evaluations/:evaluationId/finalize', {
    config: { access: 'suppliers:evaluate' },
    schema: { tags, params: e.evaluationParams, body: e.finalizeBody, response: detail },
    handler: (req) =>
      evaluations.finalizeEvaluation(
        req.ctx,
        req.params.id,
        req.params.evaluationId,
        req.body.version,
      ),
  });
}
