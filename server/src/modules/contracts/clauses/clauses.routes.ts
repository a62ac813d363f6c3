import { z } from 'zod';
import { pageFromAll, pageOf, pageQuery } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import * as c from './clauses.schema.ts';
import * as library from './clauses.service.ts';
import * as terms from './contract-clauses.service.ts';
import * as obligations from './obligations.service.ts';

/** The clause library, clauses in a contract's terms, and the obligations they create. */
export function clauseRoutes(app: App) {
  const r = typed(app);
  const tags = ['contracts'];
  const termList = { 200: z.array(c.contractClauseSchema) };
  const obligationList = { 200: z.array(c.obligationSchema) };

  r.get('/api/v1/clauses', {
    config: { access: 'contracts:read' },
    schema: {
      tags,
      querystring: c.clauseQuery.extend(pageQuery.shape),
      response: { 200: pageOf(c.clauseSchema) },
    },
    handler: async (req) => pageFromAll(await library.listClauses(req.ctx, req.query), req.query),
  });
  r.post('/api/v1/clauses', {
    config: { access: 'contracts:write' },
    schema: { tags, body: c.clauseBody, response: { 201: c.clauseSchema } },
    handler: async (req, reply) =>
      reply.code(201).send(await library.createClause(req.ctx, req.body)),
  });
  r.patch('/api/v1/clauses/:id', {
    config: { access: 'contracts:write' },
    schema: { tags, params: idParam, body: c.clauseUpdateBody, response: { 200: c.clauseSchema } },
    handler: (req) => library.updateClause(req.ctx, req.params.id, req.body),
  });

  r.get('/api/v1/contracts/:id/clauses', {
    config: { access: 'contracts:read', portal: true },
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(c.contractClauseSchema) },
    },
    handler: async (req) =>
      pageFromAll(await terms.listContractClauses(req.ctx, req.params.id), req.query),
  });
  r.post('/api/v1/contracts/:id/clauses', {
    config: { access: 'contracts:write' },
    schema: { tags, params: idParam, body: c.insertClauseBody, response: termList },
    handler: (req) => terms.insertContractClause(req.ctx, req.params.id, req.body),
  });
  r.delete('/api/v1/contracts/:id/clauses/:contractClauseId', {
    config: { access: 'contracts:write' },
    schema: { tags, params: c.contractClauseParams, response: termList },
    handler: (req) =>
      terms.removeContractClause(req.ctx, req.params.id, req.params.contractClauseId),
  });

  r.get('/api/v1/contracts/:id/obligations', {
    config: { access: 'contracts:read' },
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(c.obligationSchema) },
    },
    handler: async (req) =>
      pageFromAll(await obligations.listObligations(req.ctx, req.params.id), req.query),
  });
  r.post('/api/v1/contracts/:id/obligations', {
    config: { access: 'contracts:write' },
    schema: { tags, params: idParam, body: c.obligationBody, response: obligationList },
    handler: (req) => obligations.addObligation(req.ctx, req.params.id, req.body),
  });
  r.get('/api/v1/obligations', {
    config: { access: 'contracts:read' },
    schema: {
      tags,
      querystring: c.obligationRangeQuery.extend(pageQuery.shape),
      response: { 200: pageOf(c.dueObligationSchema) },
    },
    handler: async (req) =>
      pageFromAll(await obligations.obligationsDue(req.ctx, req.query), req.query),
  });
  r.patch('/api/v1/contracts/:id/obligations/:obligationId', {
    config: { access: 'contracts:write' },
    schema: {
      tags,
      params: c.obligationParams,
      body: c.obligationUpdateBody,
      response: obligationList,
    },
    handler: (req) =>
      obligations.updateObligation(req.ctx, req.params.id, req.params.obligationId, req.body),
  });
}
