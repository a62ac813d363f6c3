import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import { exportFile, exportQuery, sendExport } from '../../../platform/http/table-export.ts';
import { invoiceSchema } from '../invoices/invoices.schema.ts';
import { agingColumns, onePage, spreadsheet } from '../reports/report-exports.ts';
import { receivablesAging } from './aging.service.ts';
import { clientExposure } from './exposure.service.ts';
import * as s from './receivables.schema.ts';
import { disputeInvoice, writeOffInvoice } from './write-off.service.ts';

/** Collecting what clients owe: aging, disputes and write-offs. */
export function receivableRoutes(app: App) {
  const r = typed(app);
  const tags = ['finance'];

  r.get('/api/v1/finance/receivables/aging', {
    config: { access: 'finance:read' },
    schema: {
      tags,
      description:
        'What each client owes today in base currency, by days past due: current, 1–30, 31–60, 61–90, over 90.',
      response: { 200: s.agingSchema },
    },
    handler: (req) => receivablesAging(req.ctx),
  });
  r.get('/api/v1/finance/receivables/aging/export', {
    config: { access: 'finance:read' },
    schema: {
      tags,
      description: 'Receivables aging per client, as CSV or an Excel workbook.',
      querystring: exportQuery,
      ...spreadsheet,
    },
    handler: async (req, reply) => {
      const aging = await receivablesAging(req.ctx);
      const rows = aging.rows.map((row) => ({ ...row, currency: aging.currency }));
      const columns = agingColumns<(typeof rows)[number]>('client', (r) => r.client.name);
      return sendExport(reply, exportFile(req, 'aging'), columns, async () => onePage(rows));
    },
  });
  r.get('/api/v1/finance/clients/:id/exposure', {
    // Shown on the client page and when drafting work for the client: account managers too.
    config: { access: 'clients:read' },
    schema: {
      tags,
      description:
        'What the client owes today against its credit limit, in base currency: open and overdue receivables, what the limit leaves, days sales outstanding.',
      params: idParam,
      response: { 200: s.exposureSchema },
    },
    handler: (req) => clientExposure(req.ctx, req.params.id),
  });
  r.post('/api/v1/finance/invoices/:id/write-off', {
    config: { access: 'finance:approve' },
    schema: {
      tags,
      description:
        'Writes off what is still owed on an issued invoice, with the reason, posting it to bad debts.',
      params: idParam,
      body: s.writeOffBody,
      response: { 200: invoiceSchema },
    },
    handler: (req) => writeOffInvoice(req.ctx, req.params.id, req.body),
  });
  r.post('/api/v1/finance/invoices/:id/dispute', {
    config: { access: 'finance:write' },
    schema: {
      tags,
      description:
        'Marks an issued invoice disputed by the client, with the reason, or resolved; a disputed invoice gets no payment reminders.',
      params: idParam,
      body: s.disputeBody,
      response: { 200: invoiceSchema },
    },
    handler: (req) => disputeInvoice(req.ctx, req.params.id, req.body),
  });
}
