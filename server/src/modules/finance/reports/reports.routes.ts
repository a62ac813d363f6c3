import { type App, typed } from '../../../platform/http/route.ts';
import { exportFile, sendExport } from '../../../platform/http/table-export.ts';
import { cashForecast } from './cash-forecast.service.ts';
import { dsoTrend } from './dso.service.ts';
import { financialRisk } from './financial-risk.service.ts';
import { profitAndLoss } from './pnl.service.ts';
import { pnlSources } from './pnl-sources.ts';
import { cashColumns, onePage, pnlColumns, spreadsheet } from './report-exports.ts';
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
        'Revenue as each contract earns it, labour and subcontract cost, expenses, gross margin and margin % over days, by project, client or month, in base currency.',
      querystring: s.pnlQuery,
      response: { 200: s.pnlSchema },
    },
    handler: (req) => profitAndLoss(req.ctx, req.query),
  });
  r.get('/api/v1/finance/reports/pnl/sources', {
    config: { access: 'finance:read' },
    schema: {
      tags,
      description:
        'What one P&L figure of a project is made of over the days: its entries, milestones, completion, retainer periods, bills and expense lines, adding up to the figure.',
      querystring: s.pnlSourcesQuery,
      response: { 200: s.pnlSourcesSchema },
    },
    handler: (req) => pnlSources(req.ctx, req.query),
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
  r.get('/api/v1/finance/reports/dso', {
    config: { access: 'finance:read' },
    schema: {
      tags,
      description:
        'Days sales outstanding month by month: receivables at each month’s end over the revenue of the three months to it, from the ledger.',
      querystring: s.dsoQuery,
      response: { 200: s.dsoSchema },
    },
    handler: (req) => dsoTrend(req.ctx, req.query),
  });
  r.get('/api/v1/finance/reports/cash-forecast', {
    config: { access: 'finance:read' },
    schema: {
      tags,
      description:
        'Expected receipts (open invoices on their due date plus the client’s usual delay), supplier bills to pay and the bank balance, week by week, in base currency.',
      querystring: s.cashQuery,
      response: { 200: s.cashForecastSchema },
    },
    handler: (req) => cashForecast(req.ctx, req.query),
  });
  r.get('/api/v1/finance/reports/cash-forecast/export', {
    config: { access: 'finance:read' },
    schema: {
      tags,
      description: 'The cash forecast, one row per week, as CSV or an Excel workbook.',
      querystring: s.cashExportQuery,
      ...spreadsheet,
    },
    handler: async (req, reply) => {
      const cash = await cashForecast(req.ctx, { weeks: req.query.weeks });
      const rows = cash.weeks.map((w) => ({ ...w, currency: cash.currency }));
      return sendExport(reply, exportFile(req, 'cash-forecast'), cashColumns, async () =>
        onePage(rows),
      );
    },
  });
  r.get('/api/v1/finance/reports/risk', {
    config: { access: 'finance:read' },
    schema: {
      tags,
      description:
        'Financial risk today: exposure to each foreign currency, each client’s share of the last year’s revenue, projects heading below the margin floor.',
      response: { 200: s.riskSchema },
    },
    handler: (req) => financialRisk(req.ctx),
  });
}
