import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import { evmSchema } from './evm.schema.ts';
import { projectEvm } from './evm.service.ts';

/** How a project performs against its plan: earned value. */
export function monitoringRoutes(app: App) {
  const r = typed(app);
  const tags = ['projects'];

  r.get('/api/v1/projects/:id/earned-value', {
    // Actual cost and the cost index are what work costs us: for those who see margins.
    config: { access: 'contracts:margin' },
    schema: { tags, params: idParam, response: { 200: evmSchema } },
    handler: (req) => projectEvm(req.ctx, req.params.id),
  });
}
