import { pageOf } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import * as s from './tickets.schema.ts';
import * as tickets from './tickets.service.ts';

/** Service desk tickets: opened, edited, moved through their lifecycle, each change logged. */
export function ticketRoutes(app: App) {
  const r = typed(app);
  const tags = ['service desk'];
  const base = '/api/v1/tickets';
  r.get(base, {
    config: { access: 'tickets:read' },
    schema: {
      tags,
      description:
        'Tickets, newest first unless sorted, by status, priority, type, client or assignee.',
      querystring: s.ticketQuery,
      response: { 200: pageOf(s.ticketSummarySchema) },
    },
    handler: (req) => tickets.listTickets(req.ctx, req.query),
  });
  r.post(base, {
    config: { access: 'tickets:write' },
    schema: {
      tags,
      description:
        'Opens a ticket TCK-000123; its priority follows from impact × urgency, and naming an assignee assigns it.',
      body: s.ticketBody,
      response: { 201: s.ticketSchema },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await tickets.createTicket(req.ctx, req.body)),
  });
  r.get(`${base}/:id`, {
    config: { access: 'tickets:read' },
    schema: { tags, params: idParam, response: { 200: s.ticketSchema } },
    handler: (req) => tickets.getTicket(req.ctx, req.params.id),
  });
  r.patch(`${base}/:id`, {
    config: { access: 'tickets:write' },
    schema: {
      tags,
      description:
        'Edits a ticket: its text, impact and urgency (the priority follows, logged with the reason) and its assignee.',
      params: idParam,
      body: s.ticketUpdateBody,
      response: { 200: s.ticketSchema },
    },
    handler: (req) => tickets.updateTicket(req.ctx, req.params.id, req.body),
  });
  r.post(`${base}/:id/transitions`, {
    config: { access: 'tickets:write' },
    schema: {
      tags,
      description:
        'Moves a ticket: into work, waiting on the client, a supplier or us (with why), resolved (with what was done), closed, or reopened within seven days of its resolution.',
      params: idParam,
      body: s.transitionBody,
      response: { 200: s.ticketSchema },
    },
    handler: (req) => tickets.moveTicket(req.ctx, req.params.id, req.body),
  });
}
