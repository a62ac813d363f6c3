import { z } from 'zod';
import { pageFromAll, pageOf, pageQuery } from '../http/pagination.ts';
import { type App, typed } from '../http/route.ts';
import { idParam } from '../http/schemas.ts';
import { viewBody, viewQuery, viewSchema } from './views.schema.ts';
import { deleteView, listViews, saveView } from './views.service.ts';

/**
 * Saved views of any list. They hold filters, not data: the list applies its own permissions
 * when a view is used, so a view needs only a signed-in member.
 */
export function viewRoutes(app: App) {
  const r = typed(app);
  const tags = ['views'];
  const list = { 200: z.array(viewSchema) };
  r.get('/api/v1/saved-views', {
    config: { access: 'authenticated', portal: true },
    schema: {
      tags,
      querystring: viewQuery.extend(pageQuery.shape),
      response: { 200: pageOf(viewSchema) },
    },
    handler: async (req) => pageFromAll(await listViews(req.ctx, req.query.list), req.query),
  });
  r.post('/api/v1/saved-views', {
    config: { access: 'authenticated', portal: true },
    schema: { tags, body: viewBody, response: list },
    handler: (req) => saveView(req.ctx, req.body),
  });
  r.delete('/api/v1/saved-views/:id', {
    config: { access: 'authenticated', portal: true },
    schema: { tags, params: idParam, response: list },
    handler: (req) => deleteView(req.ctx, req.params.id),
  });
}
