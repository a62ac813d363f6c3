import { z } from 'zod';
import { partyOf } from '../../platform/access/party-scope.ts';
import { type Ctx, workspaceOf } from '../../platform/context.ts';
import { documentRoutes } from '../../platform/documents/index.ts';
import { pageFromAll, pageOf, pageQuery } from '../../platform/http/pagination.ts';
import { type App, typed } from '../../platform/http/route.ts';
import { idParam } from '../../platform/http/schemas.ts';
import * as b2b from './back-to-back/back-to-back.schema.ts';
import * as backToBack from './back-to-back/back-to-back.service.ts';
import { contractDocuments } from './contract-documents.ts';
import { getContractRow } from './contracts.repository.ts';
import { contractSchema } from './contracts.schema.ts';
import { approvalRuleBody, approvalRuleSchema } from './lifecycle/approval-rules.schema.ts';
import * as rules from './lifecycle/approval-rules.service.ts';
import * as rc from './rates/rate-cards.schema.ts';
import * as rates from './rates/rate-cards.service.ts';
import { slaBody, slaParams, slaSchema } from './slas/slas.schema.ts';
import * as slas from './slas/slas.service.ts';

/** A page of a contract's rates, or the workspace default card's (no contract). */
async function ratePage(
  ctx: Ctx,
  contractId: string | null,
  query: z.infer<typeof rc.rateCardQuery>,
) {
  const card = await rates.getRateCard(ctx, contractId, query.day);
  return { ...card, ...pageFromAll(card.items, query) };
}

/** What hangs off a contract: rate cards, SLAs, back-to-back links, files; and approval rules. */
export function contractPartRoutes(app: App) {
  const r = typed(app);
  const tags = ['contracts'];
  const card = { 200: rc.rateCardSchema };

  r.get('/api/v1/contracts/:id/rates', {
    config: { access: 'contracts:read', portal: true },
    schema: {
      tags,
      params: idParam,
      querystring: rc.rateCardQuery,
      response: { 200: rc.rateCardPageSchema },
    },
    handler: (req) => ratePage(req.ctx, req.params.id, req.query),
  });

  r.get('/api/v1/contracts/:id/rate-on', {
    config: { access: 'contracts:read' },
    schema: {
      tags,
      params: idParam,
      querystring: rc.rateOnQuery,
      response: { 200: rc.rateOnSchema },
    },
    handler: (req) => rates.getRateOnDay(req.ctx, req.params.id, req.query),
  });

  r.post('/api/v1/contracts/:id/rates', {
    config: { access: 'contracts:write' },
    schema: { tags, params: idParam, body: rc.rateBody, response: card },
    handler: (req) => rates.addRate(req.ctx, req.params.id, req.body),
  });

  r.delete('/api/v1/contracts/:id/rates/:rateId', {
    config: { access: 'contracts:write' },
    schema: { tags, params: rc.rateParams, response: card },
    handler: (req) => rates.removeRate(req.ctx, req.params.id, req.params.rateId),
  });

  r.get('/api/v1/rate-card', {
    config: { access: 'contracts:read' },
    schema: { tags, querystring: rc.rateCardQuery, response: { 200: rc.rateCardPageSchema } },
    handler: (req) => ratePage(req.ctx, null, req.query),
  });

  r.post('/api/v1/rate-card/rates', {
    config: { access: 'contracts:write' },
    schema: { tags, body: rc.rateBody, response: card },
    handler: (req) => rates.addRate(req.ctx, null, req.body),
  });

  r.delete('/api/v1/rate-card/rates/:id', {
    config: { access: 'contracts:write' },
    schema: { tags, params: idParam, response: card },
    handler: (req) => rates.removeRate(req.ctx, null, req.params.id),
  });

  const slaList = { 200: z.array(slaSchema) };

  r.get('/api/v1/contracts/:id/slas', {
    config: { access: 'contracts:read', portal: true },
    schema: { tags, params: idParam, querystring: pageQuery, response: { 200: pageOf(slaSchema) } },
    handler: async (req) => pageFromAll(await slas.listSlas(req.ctx, req.params.id), req.query),
  });

  r.post('/api/v1/contracts/:id/slas', {
    config: { access: 'contracts:write' },
    schema: { tags, params: idParam, body: slaBody, response: slaList },
    handler: (req) => slas.addSla(req.ctx, req.params.id, req.body),
  });

  r.delete('/api/v1/contracts/:id/slas/:slaId', {
    config: { access: 'contracts:write' },
    schema: { tags, params: slaParams, response: slaList },
    handler: (req) => slas.removeSla(req.ctx, req.params.id, req.params.slaId),
  });

  r.post('/api/v1/contracts/:id/flow-down', {
    config: { access: 'contracts:write' },
    schema: { tags, params: idParam, body: b2b.flowDownBody, response: slaList },
    handler: (req) => slas.flowDown(req.ctx, req.params.id, req.body),
  });

  const linked = { 200: z.array(contractSchema) };

  r.get('/api/v1/contracts/:id/links', {
    config: { access: 'contracts:read' },
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(contractSchema) },
    },
    handler: async (req) =>
      pageFromAll(await backToBack.listLinked(req.ctx, req.params.id), req.query),
  });

  r.post('/api/v1/contracts/:id/links', {
    config: { access: 'contracts:write' },
    schema: { tags, params: idParam, body: b2b.linkBody, response: linked },
    handler: (req) => backToBack.linkContracts(req.ctx, req.params.id, req.body.supplierContractId),
  });

  r.delete('/api/v1/contracts/:id/links/:supplierContractId', {
    config: { access: 'contracts:write' },
    schema: { tags, params: b2b.linkParams, response: linked },
    handler: (req) =>
      backToBack.unlinkContracts(req.ctx, req.params.id, req.params.supplierContractId),
  });

  r.get('/api/v1/contracts/:id/margin', {
    config: { access: 'contracts:margin' },
    schema: {
      tags,
      params: idParam,
      querystring: b2b.marginQuery,
      response: { 200: b2b.marginSchema },
    },
    handler: (req) => backToBack.marginPreview(req.ctx, req.params.id, req.query.day),
  });

  const ruleList = { 200: z.array(approvalRuleSchema) };

  r.get('/api/v1/approval-rules', {
    config: { access: 'contracts:read' },
    schema: { tags, querystring: pageQuery, response: { 200: pageOf(approvalRuleSchema) } },
    handler: async (req) => pageFromAll(await rules.listApprovalRules(req.ctx), req.query),
  });

  r.post('/api/v1/approval-rules', {
    config: { access: 'settings:write' },
    schema: { tags, body: approvalRuleBody, response: ruleList },
    handler: (req) => rules.createApprovalRule(req.ctx, req.body),
  });

  r.delete('/api/v1/approval-rules/:id', {
    config: { access: 'settings:write' },
    schema: { tags, params: idParam, response: ruleList },
    handler: (req) => rules.deleteApprovalRule(req.ctx, req.params.id),
  });

  documentRoutes(app, {
    owner: contractDocuments,
    path: '/api/v1/contracts/:id',
    portal: true,
    params: idParam,
    tags,
    read: 'contracts:read',
    write: 'contracts:write',
    find: async (db, ctx, { id }) =>
      (await getContractRow(db, workspaceOf(ctx), id, partyOf(ctx)))?.id,
  });
}
