import { pageOf } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import { versionBody } from '../invoices/invoices.schema.ts';
import * as s from './payment-runs.schema.ts';
import * as runs from './payment-runs.service.ts';

/** Paying suppliers: runs of approved, released bills, approved and then marked paid. */
export function paymentRunRoutes(app: App) {
  const r = typed(app);
  const tags = ['finance'];

  r.post('/api/v1/finance/payment-runs', {
    config: { access: 'finance:write' },
    schema: {
      tags,
      description:
        'Drafts a payment run of every approved bill that nothing holds any longer, due by the day and in no other run.',
      body: s.runBody,
      response: { 201: s.runSchema },
    },
    handler: async (req, reply) => reply.code(201).send(await runs.createRun(req.ctx, req.body)),
  });
  r.get('/api/v1/finance/payment-runs', {
    config: { access: 'finance:read' },
    schema: { tags, querystring: s.runQuery, response: { 200: pageOf(s.runSummarySchema) } },
    handler: (req) => runs.listRuns(req.ctx, req.query),
  });
  r.get('/api/v1/finance/payment-runs/:id', {
    config: { access: 'finance:read' },
    schema: {
      tags,
      description:
        'A run with one transfer per supplier and currency; bank details only for holders of suppliers:bank.',
      params: idParam,
      response: { 200: s.runSchema },
    },
    handler: (req) => runs.getRun(req.ctx, req.params.id),
  });
  r.post('/api/v1/finance/payment-runs/:id/approve', {
    config: { access: 'finance:approve' },
    schema: { tags, params: idParam, body: versionBody, response: { 200: s.runSchema } },
    handler: (req) => runs.approveRun(req.ctx, req.params.id, req.body.version),
  });
  r.post('/api/v1/finance/payment-runs/:id/discard', {
    config: { access: 'finance:write' },
    schema: {
      tags,
      description: 'Discards a draft run; its bills wait for the next one.',
      params: idParam,
      body: versionBody,
      response: { 200: s.runSchema },
    },
    handler: (req) => runs.discardRun(req.ctx, req.params.id, req.body.version),
  });
  r.post('/api/v1/finance/payment-runs/:id/pay', {
    config: { access: 'finance:write' },
    schema: {
      tags,
      description:
        'Records an approved run as paid with the bank’s reference, posting the payables closed, the bank and any exchange difference.',
      params: idParam,
      body: s.payRunBody,
      response: { 200: s.runSchema },
    },
    handler: (req) => runs.payRun(req.ctx, req.params.id, req.body),
  });
}
