import { pageOf } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import * as s from './banking.schema.ts';
import * as banking from './banking.service.ts';

/** Bank statements imported and matched, line by line, to the invoices they pay. */
export function bankingRoutes(app: App) {
  const r = typed(app);
  const tags = ['finance'];
  const base = '/api/v1/finance/bank-statements';

  r.post(base, {
    config: { access: 'finance:write' },
    schema: {
      tags,
      description:
        'Imports a bank statement (CSV, or .xlsx in base64) under the account’s column mapping, saved for its next import; every row reads or nothing is imported.',
      body: s.statementBody,
      response: { 201: s.statementSchema },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await banking.importStatement(req.ctx, req.body)),
  });
  r.get(base, {
    config: { access: 'finance:read' },
    schema: {
      tags,
      querystring: s.statementQuery,
      response: { 200: pageOf(s.statementSummarySchema) },
    },
    handler: (req) => banking.listStatements(req.ctx, req.query),
  });
  r.get('/api/v1/finance/bank-mappings', {
    config: { access: 'finance:read' },
    schema: {
      tags,
      description: 'The column mapping a bank account’s files were last imported with.',
      querystring: s.mappingQuery,
      response: { 200: s.mappingSchema },
    },
    handler: (req) => banking.getMapping(req.ctx, req.query.bankAccount),
  });
  r.get(`${base}/:id`, {
    config: { access: 'finance:read' },
    schema: {
      tags,
      description:
        'A statement with its bookings and, for money in still open, the invoices each may pay.',
      params: idParam,
      response: { 200: s.statementSchema },
    },
    handler: (req) => banking.getStatement(req.ctx, req.params.id),
  });
  const lines = '/api/v1/finance/bank-lines';
  r.get(lines, {
    config: { access: 'finance:read' },
    schema: {
      tags,
      description: 'Statement lines to reconcile, oldest first: open ones unless asked for others.',
      querystring: s.lineQuery,
      response: { 200: pageOf(s.statementLineSchema) },
    },
    handler: (req) => banking.listLines(req.ctx, req.query),
  });
  r.post(`${lines}/:id/match`, {
    config: { access: 'finance:write' },
    schema: {
      tags,
      description:
        'Matches money in to the invoice a person chose: the payment is recorded as the bank booked it, to the invoice up to what it owes.',
      params: idParam,
      body: s.matchBody,
      response: { 200: s.statementLineSchema },
    },
    handler: (req) => banking.matchLine(req.ctx, req.params.id, req.body),
  });
  r.post(`${lines}/:id/ignore`, {
    config: { access: 'finance:write' },
    schema: {
      tags,
      description: 'Sets a line aside with a note (bank charges, a transfer between our accounts).',
      params: idParam,
      body: s.ignoreBody,
      response: { 200: s.statementLineSchema },
    },
    handler: (req) => banking.ignoreLine(req.ctx, req.params.id, req.body),
  });
}
