import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import { ticketSchema } from '../tickets/tickets.schema.ts';
import { commentBody } from './comments.schema.ts';
import { addComment } from './comments.service.ts';

/** A ticket's conversation; portal-safe: a client or supplier comments on its own tickets. */
export function commentRoutes(app: App) {
  const r = typed(app);
  r.post('/api/v1/tickets/:id/comments', {
    config: { access: 'tickets:write', portal: true },
    schema: {
      tags: ['service desk'],
      description:
        "Adds a comment: internal, or visible to the client or to the supplier's team; named members are notified. A portal's comment is visible to its party, and the awaited party's reply puts a waiting ticket back in work.",
      params: idParam,
      body: commentBody,
      response: { 201: ticketSchema },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await addComment(req.ctx, req.params.id, req.body)),
  });
}
