import { sortParam } from '../../platform/http/keyset.ts';
import { pageFromAll, pageOf, pageQuery } from '../../platform/http/pagination.ts';
import { type App, typed } from '../../platform/http/route.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { exportFile, exportQuery, sendExport } from '../../platform/http/table-export.ts';
import { contractColumns } from './contracts.export.ts';
import { contractSorts } from './contracts.repository.ts';
import * as s from './contracts.schema.ts';
import * as contracts from './contracts.service.ts';
import * as review from './lifecycle/contract-review.service.ts';
import * as signing from './lifecycle/contract-signing.service.ts';

/** Contracts and their lifecycle: drafting, review and approval, signing, termination, renewal. */
export function contractRoutes(app: App) {
  const r = typed(app);
  const tags = ['contracts'];
  const one = { 200: s.contractSchema };

  r.get('/api/v1/contracts', {
    config: { access: 'contracts:read', portal: true },
    schema: {
      tags,
      querystring: s.contractListQuery.extend({ sort: sortParam(contractSorts, '-createdAt') }),
      response: { 200: pageOf(s.contractSchema) },
    },
    handler: (req) => contracts.listContracts(req.ctx, req.query),
  });

  r.get('/api/v1/contracts/export', {
    config: { access: 'contracts:read', portal: true },
    schema: {
      tags,
      querystring: s.contractListQuery.omit({ limit: true, cursor: true }).extend({
        sort: sortParam(contractSorts, '-createdAt'),
        ...exportQuery.shape,
      }),
      produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    },
    handler: (req, reply) =>
      sendExport(reply, exportFile(req, 'contracts'), contractColumns, (limit, cursor) =>
        contracts.listContracts(req.ctx, { ...req.query, limit, cursor }),
      ),
  });

  r.get('/api/v1/contracts/:id', {
    config: { access: 'contracts:read', portal: true },
    schema: { tags, params: idParam, response: one },
    handler: (req) => contracts.getContract(req.ctx, req.params.id),
  });

  r.post('/api/v1/contracts', {
    config: { access: 'contracts:write' },
    schema: { tags, body: s.contractCreateBody, response: { 201: s.contractSchema } },
    handler: async (req, reply) =>
      reply.code(201).send(await contracts.createContract(req.ctx, req.body)),
  });

  r.patch('/api/v1/contracts/:id', {
    config: { access: 'contracts:write' },
    schema: { tags, params: idParam, body: s.contractUpdateBody, response: one },
    handler: (req) => contracts.updateContract(req.ctx, req.params.id, req.body),
  });

  r.post('/api/v1/contracts/:id/submit', {
    config: { access: 'contracts:write' },
    schema: { tags, params: idParam, body: s.versionBody, response: one },
    handler: (req) => review.submitContract(req.ctx, req.params.id, req.body.version),
  });

  r.post('/api/v1/contracts/:id/withdraw', {
    config: { access: 'contracts:write' },
    schema: { tags, params: idParam, body: s.versionBody, response: one },
    handler: (req) => review.withdrawContract(req.ctx, req.params.id, req.body.version),
  });

  r.post('/api/v1/contracts/:id/decisions', {
    config: { access: 'contracts:approve' },
    schema: { tags, params: idParam, body: s.decisionBody, response: one },
    handler: (req) => review.decideContract(req.ctx, req.params.id, req.body),
  });

  r.get('/api/v1/contracts/:id/approvals', {
    config: { access: 'contracts:read' },
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(s.approvalSchema) },
    },
    handler: async (req) =>
      pageFromAll(await review.listApprovals(req.ctx, req.params.id), req.query),
  });

  r.post('/api/v1/contracts/:id/sign', {
    config: { access: 'contracts:write' },
    schema: { tags, params: idParam, body: s.signBody, response: one },
    handler: (req) => signing.signContract(req.ctx, req.params.id, req.body),
  });

  r.post('/api/v1/contracts/:id/terminate', {
    config: { access: 'contracts:write' },
    schema: { tags, params: idParam, body: s.terminateBody, response: one },
    handler: (req) => signing.terminateContract(req.ctx, req.params.id, req.body),
  });

  r.post('/api/v1/contracts/:id/renew', {
    config: { access: 'contracts:write' },
    schema: { tags, params: idParam, body: s.renewBody, response: { 201: s.contractSchema } },
    handler: async (req, reply) =>
      reply.code(201).send(await signing.renewContract(req.ctx, req.params.id, req.body)),
  });
}
