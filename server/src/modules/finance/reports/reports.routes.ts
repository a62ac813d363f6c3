import { type App, typed } from '../../../platform/http/route.ts';
import { profitAndLoss } from './pnl.service.ts';
import * as s from './reports.schema.ts';

/** Financial reports. */
export function reportRoutes(app: App) {
  typed(app).get('/api/v1/finance/reports/pnl', {
    config: { access: 'finance:read' },
    schema: {
      tags: ['finance'],
      description:
        'Revenue, labour and subcontract cost, gross margin and margin % over days, by project, client or month, in base currency, from approved time as it was priced.',
      querystring: s.pnlQuery,
      response: { 200: s.pnlSchema },
    },
    handler: (req) => profitAndLoss(req.ctx, req.query),
  });
}
