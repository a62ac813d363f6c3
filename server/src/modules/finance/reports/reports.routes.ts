import { type App, typed } from '../../../platform/http/route.ts';
import { exportFile, sendExport } from '../../../platform/http/table-export.ts';
import { profitAndLoss } from './pnl.service.ts';
import { onePage, pnlColumns, spreadsheet } from './report-exports.ts';
import * as s from './reports.schema.ts';

/** Financial reports, and their tables as CSV or Excel. */
export function reportRoutes(app: App) {
  const r = typed(app);
  const tags = ['finance'];
  r.get('/api/v1/finance/reports/pnl', {
    config: { access: 'finance:read' },
    schema: {
      tags,
      description:
        'Revenue, labour and subcontract cost, gross margin and margin % over days, by project, client or month, in base currency, from approved time as it was priced.',
      querystring: s.pnlQuery,
      response: { 200: s.pnlSchema },
    },
    handler: (req) => profitAndLoss(req.ctx, req.query),
  });
  r.get('/api/v1/finance/reports/pnl/export', {
    config: { access: 'finance:read' },
    schema: {
      tags,
      description: 'The P&L table the same query shows, as CSV or an Excel workbook.',
      querystring: s.pnlExportQuery,
      ...spreadsheet,
    },
    handler: async (req, reply) => {
      const { format: _format, ...query } = req.query;
      const pnl = await profitAndLoss(req.ctx, query);
      const rows = pnl.rows.map((row) => ({ ...row, currency: pnl.currency }));
      return sendExport(reply, exportFile(req, 'pnl'), pnlColumns, async () => onePage(rows));
    },
  });
}
