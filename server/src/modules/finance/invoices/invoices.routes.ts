import { pageOf } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { idParam, okSchema } from '../../../platform/http/schemas.ts';
import { draftCreditNote } from './credit-notes.service.ts';
import { addDiscount, editDraft } from './draft-edits.service.ts';
import { runInvoices } from './invoice-run.service.ts';
import * as s from './invoices.schema.ts';
import * as invoices from './invoices.service.ts';

/** Client invoices: runs that draft them, approval, issue. */
export function invoiceRoutes(app: App) {
  const r = typed(app);
  const tags = ['finance'];
  const one = { 200: s.invoiceSchema };

  r.post('/api/v1/finance/invoice-runs', {
    config: { access: 'finance:write' },
    schema: {
      tags,
      description:
        'Drafts an invoice per client contract and currency of what is due up to a day and not yet billed: approved billable time (within a time-and-materials cap), fixed-fee schedule items, completed milestones.',
      body: s.runBody,
      response: { 201: s.runSchema },
    },
    handler: async (req, reply) => {
      const run = await runInvoices(req.ctx, req.body);
      const drafted = await invoices.invoiceSummaries(req.ctx, run.invoiceIds);
      const capped = await invoices.withContractNumbers(req.ctx, run.capped);
      return reply.code(201).send({ runNumber: run.runNumber, invoices: drafted, capped });
    },
  });
  r.get('/api/v1/finance/invoices', {
    config: { access: 'finance:read' },
    schema: {
      tags,
      querystring: s.invoiceQuery,
      response: { 200: pageOf(s.invoiceSummarySchema) },
    },
    handler: (req) => invoices.listInvoices(req.ctx, req.query),
  });
  r.get('/api/v1/finance/invoices/:id', {
    config: { access: 'finance:read' },
    schema: { tags, params: idParam, response: one },
    handler: (req) => invoices.getInvoice(req.ctx, req.params.id),
  });
  r.patch('/api/v1/finance/invoices/:id', {
    config: { access: 'finance:write' },
    schema: {
      tags,
      description:
        'Edits a draft invoice as the client will read it: line texts, and discount lines taken off; never what a line bills.',
      params: idParam,
      body: s.draftEditBody,
      response: one,
    },
    handler: (req) => editDraft(req.ctx, req.params.id, req.body),
  });
  r.post('/api/v1/finance/invoices/:id/discounts', {
    config: { access: 'finance:write' },
    schema: {
      tags,
      description:
        'Adds a discount line with its reason to a draft invoice; tax and totals are worked out again.',
      params: idParam,
      body: s.discountBody,
      response: { 201: s.invoiceSchema },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await addDiscount(req.ctx, req.params.id, req.body)),
  });
  r.post('/api/v1/finance/invoices/:id/discard', {
    config: { access: 'finance:write' },
    schema: {
      tags,
      description: 'Throws a draft away; the entries it billed are billed by the next run.',
      params: idParam,
      body: s.versionBody,
      response: { 200: okSchema },
    },
    handler: async (req) => {
      await invoices.discardDraft(req.ctx, req.params.id, req.body.version);
      return { ok: true as const };
    },
  });
  r.post('/api/v1/finance/invoices/:id/credit-notes', {
    config: { access: 'finance:write' },
    schema: {
      tags,
      description:
        'Drafts a credit note (红字) for lines of an issued invoice, with the reason; issued, it releases their entries to be billed again.',
      params: idParam,
      body: s.creditBody,
      response: { 201: s.invoiceSchema },
    },
    handler: async (req, reply) => {
      const id = await draftCreditNote(req.ctx, req.params.id, req.body);
      return reply.code(201).send(await invoices.getInvoice(req.ctx, id));
    },
  });
  r.post('/api/v1/finance/invoices/:id/approve', {
    config: { access: 'finance:approve' },
    schema: { tags, params: idParam, body: s.versionBody, response: one },
    handler: (req) => invoices.approveInvoice(req.ctx, req.params.id, req.body.version),
  });
  r.post('/api/v1/finance/invoices/:id/issue', {
    config: { access: 'finance:write' },
    schema: {
      tags,
      description:
        'Numbers the approved invoice, posts its journal and fixes it for good; corrections only by credit note.',
      params: idParam,
      body: s.issueBody,
      response: one,
    },
    handler: (req) => invoices.issueInvoice(req.ctx, req.params.id, req.body),
  });
}
