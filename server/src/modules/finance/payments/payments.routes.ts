import { pageOf } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import * as s from './payments.schema.ts';
import * as payments from './payments.service.ts';

/** Money received from clients and its allocation to their invoices. */
export function paymentRoutes(app: App) {
  const r = typed(app);
  const tags = ['finance'];

  r.post('/api/v1/finance/payments', {
    config: { access: 'finance:write' },
    schema: {
      tags,
      description:
        'Records money received from a client at the day’s rate and allocates it to issued invoices of its currency; the rest is the client’s credit balance.',
      body: s.paymentBody,
      response: { 201: s.paymentSchema },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await payments.recordPayment(req.ctx, req.body)),
  });
  r.get('/api/v1/finance/payments', {
    config: { access: 'finance:read' },
    schema: {
      tags,
      querystring: s.paymentQuery,
      response: { 200: pageOf(s.paymentSummarySchema) },
    },
    handler: (req) => payments.listPayments(req.ctx, req.query),
  });
  r.get('/api/v1/finance/payments/:id', {
    config: { access: 'finance:read' },
    schema: { tags, params: idParam, response: { 200: s.paymentSchema } },
    handler: (req) => payments.getPayment(req.ctx, req.params.id),
  });
  r.post('/api/v1/finance/payments/:id/allocations', {
    config: { access: 'finance:write' },
    schema: {
      tags,
      description:
        'Applies what is left of a payment (the client’s credit balance) to issued invoices, posting the realised exchange difference.',
      params: idParam,
      body: s.allocateBody,
      response: { 200: s.paymentSchema },
    },
    handler: (req) => payments.allocatePayment(req.ctx, req.params.id, req.body),
  });
}
