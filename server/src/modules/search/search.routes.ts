import { pageFromAll, pageOf } from '../../platform/http/pagination.ts';
import { type App, typed } from '../../platform/http/route.ts';
import { searchHitSchema, searchQuery } from './search.schema.ts';
import { search } from './search.service.ts';

/** One box to find clients, contacts, suppliers and contracts by number or name. */
export function searchRoutes(app: App) {
  typed(app).get('/api/v1/search', {
    // Each kind of result checks its own read permission; a caller without any finds nothing.
    config: { access: 'authenticated', portal: true },
    schema: {
      tags: ['search'],
      operationId: 'search',
      querystring: searchQuery,
      response: { 200: pageOf(searchHitSchema) },
    },
    handler: async (req) => pageFromAll(await search(req.ctx, req.query.q), req.query),
  });
}
