import { z } from 'zod';
import { pageFromAll, pageOf, pageQuery } from '../../platform/http/pagination.ts';
import { type App, SENSITIVE_RATE_LIMIT, typed } from '../../platform/http/route.ts';
import { idParam } from '../../platform/http/schemas.ts';
import * as f from './feedback.schema.ts';
import * as feedback from './feedback.service.ts';
import { feedbackTrend } from './feedback-trend.ts';
import * as surveys from './surveys.service.ts';
import { ticketSatisfaction } from './ticket-satisfaction.service.ts';

/**
 * Surveys, complaints and praise on a client's page, and its satisfaction trend; satisfaction
 * with resolved tickets.
 */
export function feedbackRoutes(app: App) {
  const r = typed(app);
  const tags = ['feedback'];
  const surveyList = { 200: z.array(f.surveySchema) };

  r.get('/api/v1/clients/:id/surveys', {
    config: { access: 'clients:read' },
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(f.surveySchema) },
    },
    handler: async (req) =>
      pageFromAll(await surveys.listSurveys(req.ctx, req.params.id), req.query),
  });
  r.post('/api/v1/clients/:id/surveys', {
    config: { access: 'clients:write' },
    schema: { tags, params: idParam, body: f.surveyBody, response: surveyList },
    handler: (req) => surveys.sendSurvey(req.ctx, req.params.id, req.body),
  });
  r.get('/api/v1/clients/:id/feedback', {
    config: { access: 'clients:read' },
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(f.feedbackSchema) },
    },
    handler: async (req) =>
      pageFromAll(await feedback.listFeedback(req.ctx, req.params.id), req.query),
  });
  r.post('/api/v1/clients/:id/feedback', {
    config: { access: 'clients:write' },
    schema: { tags, params: idParam, body: f.feedbackBody, response: { 201: f.feedbackSchema } },
    handler: async (req, reply) =>
      reply.code(201).send(await feedback.createFeedback(req.ctx, req.params.id, req.body)),
  });
  r.patch('/api/v1/clients/:id/feedback/:feedbackId', {
    config: { access: 'clients:write' },
    schema: {
      tags,
      params: f.feedbackParams,
      body: f.feedbackUpdateBody,
      response: { 200: f.feedbackSchema },
    },
    handler: (req) =>
      feedback.updateFeedback(req.ctx, req.params.id, req.params.feedbackId, req.body),
  });
  r.get('/api/v1/clients/:id/feedback-trend', {
    config: { access: 'clients:read' },
    schema: { tags, params: idParam, response: { 200: f.trendSchema } },
    handler: (req) => feedbackTrend(req.ctx, req.params.id),
  });

  r.get('/api/v1/feedback/ticket-satisfaction', {
    config: { access: 'tickets:read' },
    schema: {
      tags,
      description:
        'Satisfaction with resolved tickets: the surveys sent on resolution between two days, by the agent, our group or the supplier team that held the ticket, or its client; sent, answered, mean score and share satisfied (4–5).',
      querystring: f.ticketSatisfactionQuery,
      response: { 200: f.ticketSatisfactionSchema },
    },
    handler: (req) => ticketSatisfaction(req.ctx, req.query),
  });

  // The survey link in the mail: no sign-in, the token is the only key.
  r.get('/api/v1/public/surveys/:token', {
    config: { access: 'public', rateLimit: SENSITIVE_RATE_LIMIT },
    schema: { tags, params: f.tokenParam, response: { 200: f.publicSurveySchema } },
    handler: (req) => surveys.publicSurvey(req.ctx, req.params.token),
  });
  r.post('/api/v1/public/surveys/:token', {
    config: { access: 'public', rateLimit: SENSITIVE_RATE_LIMIT },
    schema: { tags, params: f.tokenParam, body: f.answerBody },
    handler: async (req, reply) => {
      await surveys.answerSurvey(req.ctx, req.params.token, req.body);
      return reply.code(204).send();
    },
  });
}
