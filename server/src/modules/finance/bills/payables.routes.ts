import { z } from 'zod';
import { type App, typed } from '../../../platform/http/route.ts';
import { exportFile, exportQuery, sendExport } from '../../../platform/http/table-export.ts';
import { bucketsSchema } from '../reports/aging.ts';
import { agingColumns, onePage, spreadsheet } from '../reports/report-exports.ts';
import { payablesAging } from './payables-aging.service.ts';

/** Payables by how long past due, per supplier, in base currency. */
const payablesAgingSchema = z
  .object({
    asOf: z.string(),
    currency: z.string(),
    rows: z.array(
      bucketsSchema.extend({ supplier: z.object({ id: z.string(), name: z.string() }) }),
    ),
    totals: bucketsSchema,
  })
  .meta({ id: 'PayablesAging' });

/** What we owe suppliers, by how long past due. */
export function payableRoutes(app: App) {
  const r = typed(app);
  const tags = ['finance'];

  r.get('/api/v1/finance/payables/aging', {
    config: { access: 'finance:read' },
    schema: {
      tags,
      description:
        'What we owe each supplier today on approved bills not yet paid, in base currency, by days past due.',
      response: { 200: payablesAgingSchema },
    },
    handler: (req) => payablesAging(req.ctx),
  });
  r.get('/api/v1/finance/payables/aging/export', {
    config: { access: 'finance:read' },
    schema: {
      tags,
      description: 'Payables aging per supplier, as CSV or an Excel workbook.',
      querystring: exportQuery,
      ...spreadsheet,
    },
    handler: async (req, reply) => {
      const aging = await payablesAging(req.ctx);
      const rows = aging.rows.map((row) => ({ ...row, currency: aging.currency }));
      const columns = agingColumns<(typeof rows)[number]>('supplier', (r) => r.supplier.name);
      return sendExport(reply, exportFile(req, 'payables-aging'), columns, async () =>
        onePage(rows),
      );
    },
  });
}
