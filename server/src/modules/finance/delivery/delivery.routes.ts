import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply } from 'fastify';
import { pageOf, pageQuery } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import { exportFile, sendExport } from '../../../platform/http/table-export.ts';
import { invoiceSchema, versionBody } from '../invoices/invoices.schema.ts';
import { portalInvoicePdf, portalInvoices } from './client-portal.service.ts';
import * as s from './delivery.schema.ts';
import { fapiaoColumns, fapiaoLinePage } from './fapiao.export.ts';
import { fapiaoBody, fapiaoSchema } from './fapiao.schema.ts';
import { fapiaoData, recordFapiao } from './fapiao.service.ts';
import { printableInvoice } from './invoice-document.ts';
import { sendInvoice } from './invoice-mail.ts';
import { renderInvoicePdf } from './invoice-pdf.ts';

const pdf = { produces: ['application/pdf'] };

function sendPdf(reply: FastifyReply, file: { fileName: string; content: Buffer }) {
  return reply
    .type('application/pdf')
    .header('content-disposition', contentDisposition(file.fileName))
    .send(file.content);
}

/**
 * How issued invoices reach the client: the PDF, the mail to the billing contacts, the
 * fapiao data and numbers, and the client portal.
 */
export function deliveryRoutes(app: App) {
  const r = typed(app);
  const tags = ['finance'];

  r.get('/api/v1/finance/invoices/:id/pdf', {
    config: { access: 'finance:read' },
    schema: {
      tags,
      description:
        'The issued invoice or credit note as a PDF, in the client’s language unless asked; 409 for a draft.',
      params: idParam,
      querystring: s.pdfQuery,
      ...pdf,
    },
    handler: async (req, reply) => {
      const doc = await printableInvoice(req.ctx, req.params.id);
      const content = await renderInvoicePdf(doc, req.query.language);
      return sendPdf(reply, { fileName: `${doc.invoice.number}.pdf`, content });
    },
  });
  r.post('/api/v1/finance/invoices/:id/send', {
    config: { access: 'finance:write' },
    schema: {
      tags,
      description:
        'Mails the issued document with its PDF to each billing contact of the client, in their language.',
      params: idParam,
      body: versionBody,
      response: { 200: invoiceSchema },
    },
    handler: (req) => sendInvoice(req.ctx, req.params.id, req.body.version),
  });
  r.get('/api/v1/finance/invoices/:id/fapiao', {
    config: { access: 'finance:read' },
    schema: {
      tags,
      description:
        'The fapiao fields of an issued document (item names, unit prices, tax, 价税合计 in capitals) and the fapiao recorded for it.',
      params: idParam,
      response: { 200: s.fapiaoDataSchema },
    },
    handler: (req) => fapiaoData(req.ctx, req.params.id),
  });
  r.get('/api/v1/finance/fapiao/export', {
    config: { access: 'finance:read' },
    schema: {
      tags,
      description:
        'The fapiao lines of issued documents, one row per line, for upload to the tax platform (XLSX unless asked for CSV).',
      querystring: s.fapiaoExportQuery,
      produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
    },
    handler: (req, reply) => {
      const { format, ...filter } = req.query;
      return sendExport(
        reply,
        exportFile({ ctx: req.ctx, query: { format } }, 'fapiao'),
        fapiaoColumns,
        (limit, cursor) => fapiaoLinePage(req.ctx, filter, limit, cursor),
      );
    },
  });
  r.post('/api/v1/finance/fapiao', {
    config: { access: 'finance:write' },
    schema: {
      tags,
      description:
        'Records a fapiao the tax platform issued for one or more issued documents of a client.',
      body: fapiaoBody,
      response: { 201: fapiaoSchema },
    },
    handler: async (req, reply) => reply.code(201).send(await recordFapiao(req.ctx, req.body)),
  });

  const portal = { access: 'invoices:read', portal: true } as const;
  const portalTags = ['client portal'];
  r.get('/api/v1/client-portal/invoices', {
    config: portal,
    schema: {
      tags: portalTags,
      description: 'The invoices and credit notes issued to the portal user’s client.',
      querystring: pageQuery,
      response: { 200: pageOf(s.portalInvoiceSchema) },
    },
    handler: (req) => portalInvoices(req.ctx, req.query),
  });
  r.get('/api/v1/client-portal/invoices/:id/pdf', {
    config: portal,
    schema: { tags: portalTags, params: idParam, ...pdf },
    handler: async (req, reply) => sendPdf(reply, await portalInvoicePdf(req.ctx, req.params.id)),
  });
}
