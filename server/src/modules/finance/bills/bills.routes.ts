import { partyOf } from '../../../platform/access/party-scope.ts';
import { workspaceOf } from '../../../platform/context.ts';
import { documentRoutes } from '../../../platform/documents/index.ts';
import { pageOf } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import { billDocuments } from './bill-documents.ts';
import { billRow } from './bills.repository.ts';
import * as s from './bills.schema.ts';
import * as bills from './bills.service.ts';

/** Supplier bills: entered or submitted, matched, approved or rejected, with their files. */
export function billRoutes(app: App) {
  const r = typed(app);
  const tags = ['finance'];
  const base = '/api/v1/finance/supplier-bills';

  r.post(base, {
    config: { access: 'finance:write' },
    schema: {
      tags,
      description:
        'Enters a supplier’s bill for a supplier contract; each time line is matched with its worker’s approved entries over the period.',
      body: s.billBody,
      response: { 201: s.billSchema },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await bills.createBill(req.ctx, req.body, 'staff')),
  });
  r.get(base, {
    config: { access: 'finance:read' },
    schema: { tags, querystring: s.billQuery, response: { 200: pageOf(s.billSummarySchema) } },
    handler: (req) => bills.listBills(req.ctx, req.query),
  });
  r.get(`${base}/:id`, {
    config: { access: 'finance:read' },
    schema: {
      tags,
      description:
        'A bill with each line’s match (matched, over, under, unmatched) and what holds it from payment.',
      params: idParam,
      response: { 200: s.billSchema },
    },
    handler: (req) => bills.getBill(req.ctx, req.params.id),
  });
  r.post(`${base}/:id/approve`, {
    config: { access: 'finance:approve' },
    schema: {
      tags,
      description:
        'Approves a received bill into the payables (a reason where a line is off its match); released unless its contract waits for the client.',
      params: idParam,
      body: s.approveBillBody,
      response: { 200: s.billSchema },
    },
    handler: (req) => bills.approveBill(req.ctx, req.params.id, req.body),
  });
  r.post(`${base}/:id/reject`, {
    config: { access: 'finance:approve' },
    schema: {
      tags,
      description:
        'Rejects a received bill with the reason; the entries it matched may be billed again.',
      params: idParam,
      body: s.rejectBillBody,
      response: { 200: s.billSchema },
    },
    handler: (req) => bills.rejectBill(req.ctx, req.params.id, req.body),
  });
  documentRoutes(app, {
    owner: billDocuments,
    path: `${base}/:id`,
    params: idParam,
    tags,
    read: 'finance:read',
    write: 'finance:write',
    find: async (db, ctx, { id }) => (await billRow(db, workspaceOf(ctx), id))?.id,
  });

  const portal = { access: 'bills:submit', portal: true } as const;
  const portalTags = ['supplier portal'];
  const portalBase = '/api/v1/supplier-portal/bills';
  r.post(portalBase, {
    config: portal,
    schema: {
      tags: portalTags,
      description:
        'Submits a bill of the portal user’s supplier for one of its contracts; attach its PDF under documents.',
      body: s.billBody,
      response: { 201: s.portalBillSchema },
    },
    handler: async (req, reply) => {
      const bill = await bills.createBill(req.ctx, req.body, 'portal');
      return reply.code(201).send(await bills.getPortalBill(req.ctx, bill.id));
    },
  });
  r.get(portalBase, {
    config: portal,
    schema: {
      tags: portalTags,
      description: 'The bills of the portal user’s supplier, with their status.',
      querystring: s.portalBillQuery,
      response: { 200: pageOf(s.billSummarySchema) },
    },
    handler: (req) => bills.listPortalBills(req.ctx, req.query),
  });
  r.get(`${portalBase}/:id`, {
    config: portal,
    schema: {
      tags: portalTags,
      description:
        'A bill of the supplier: its match, what holds it, and the remittance once paid.',
      params: idParam,
      response: { 200: s.portalBillSchema },
    },
    handler: (req) => bills.getPortalBill(req.ctx, req.params.id),
  });
  documentRoutes(app, {
    owner: billDocuments,
    path: `${portalBase}/:id`,
    portal: true,
    params: idParam,
    tags: portalTags,
    read: 'bills:submit',
    write: 'bills:submit',
    find: async (db, ctx, { id }) => (await billRow(db, workspaceOf(ctx), id, partyOf(ctx)))?.id,
  });
}
