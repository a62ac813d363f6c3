import { pageFromAll, pageOf, pageQuery } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { comparisonQuery, supplierComparisonSchema } from './supplier-comparison.schema.ts';
import { compareSuppliers } from './supplier-comparison.service.ts';

/** Suppliers side by side with the rates their contracts carry. */
export function supplierComparisonRoutes(app: App) {
  typed(app).get('/api/v1/supplier-comparison', {
    config: { access: 'suppliers:read' },
    schema: {
      tags: ['suppliers'],
      operationId: 'compareSuppliers',
      querystring: comparisonQuery.extend(pageQuery.shape),
      response: { 200: pageOf(supplierComparisonSchema) },
    },
    handler: async (req) => pageFromAll(await compareSuppliers(req.ctx, req.query.ids), req.query),
  });
}
