import { type App, typed } from '../../platform/http/route.ts';
import { searchQuery, searchResultSchema } from './search.schema.ts';
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
      response: { 200: searchResultSchema },
    },
    handler: (req) => search(req.ctx, req.query.q),
  });
}
