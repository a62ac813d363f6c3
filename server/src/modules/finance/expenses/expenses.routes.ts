import { documentRoutes } from '../../../platform/documents/index.ts';
import { pageOf } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import { decisionBody } from '../../time/index.ts';
import { approveClaim, rejectClaim } from './expense-approval.ts';
import { expenseLineDocuments } from './expense-documents.ts';
import * as s from './expenses.schema.ts';
import * as expenses from './expenses.service.ts';

/**
 * Expense claims: kept and submitted by the person (a supplier portal: its workers'), decided
 * by the supplier then the project's manager, listed whole for finance.
 */
export function expenseRoutes(app: App) {
  const r = typed(app);
  const tags = ['expenses'];
  const base = '/api/v1/expense-claims';
  const own = { access: 'expenses:write', portal: true } as const;

  r.post(base, {
    config: own,
    schema: {
      tags,
      description:
        'Opens a draft claim for the caller (or, for finance, another person) on a project.',
      body: s.claimBody,
      response: { 201: s.claimSchema },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await expenses.createClaim(req.ctx, req.body)),
  });
  r.get(base, {
    config: own,
    schema: {
      tags,
      description: 'The caller’s own claims; with waiting=true, those waiting for their decision.',
      querystring: s.myClaimsQuery,
      response: { 200: pageOf(s.claimSummarySchema) },
    },
    handler: (req) => expenses.listMyClaims(req.ctx, req.query),
  });
  r.get(`${base}/:id`, {
    config: own,
    schema: { tags, params: idParam, response: { 200: s.claimSchema } },
    handler: (req) => expenses.getClaim(req.ctx, req.params.id),
  });
  r.post(`${base}/:id/lines`, {
    config: own,
    schema: {
      tags,
      description:
        'Adds a receipt (its file goes under the line’s documents) or a per-diem allowance at the workspace’s rate for the location.',
      params: idParam,
      body: s.lineBody,
      response: { 200: s.claimSchema },
    },
    handler: (req) => expenses.addLine(req.ctx, req.params.id, req.body),
  });
  r.delete(`${base}/:id/lines/:lineId`, {
    config: own,
    schema: { tags, params: s.lineParams, response: { 200: s.claimSchema } },
    handler: (req) => expenses.removeLine(req.ctx, req.params.id, req.params.lineId),
  });
  r.post(`${base}/:id/submit`, {
    config: own,
    schema: {
      tags,
      description: 'Sends the claim for approval once each receipt line has its receipt.',
      params: idParam,
      body: s.submitBody,
      response: { 200: s.claimSchema },
    },
    handler: (req) => expenses.submitClaim(req.ctx, req.params.id, req.body.version),
  });
  r.post(`${base}/:id/decisions`, {
    config: { access: 'expenses:approve', portal: true },
    schema: {
      tags,
      description:
        'Approves or rejects a claim: the worker’s supplier first, then the project’s manager, whose approval prices billable lines for the client and posts the claim.',
      params: idParam,
      // Approve, or reject with a comment the person sees: as a week of time.
      body: decisionBody,
      response: { 200: s.claimSchema },
    },
    handler: ({ ctx, params, body }) =>
      body.decision === 'approved'
        ? approveClaim(ctx, params.id, body.version)
        : rejectClaim(ctx, params.id, body.version, body.comment ?? ''),
  });
  documentRoutes(app, {
    owner: expenseLineDocuments,
    path: `${base}/:id/lines/:lineId`,
    portal: true,
    params: s.lineParams,
    tags,
    read: 'expenses:write',
    write: 'expenses:write',
    find: (db, ctx, { id, lineId }) => expenses.visibleLineId(db, ctx, id, lineId),
  });

  r.get('/api/v1/finance/expense-claims', {
    config: { access: 'finance:read' },
    schema: {
      tags: ['finance'],
      description: 'Every expense claim of the workspace, newest first.',
      querystring: s.claimQuery,
      response: { 200: pageOf(s.claimSummarySchema) },
    },
    handler: (req) => expenses.listClaims(req.ctx, req.query),
  });
}
