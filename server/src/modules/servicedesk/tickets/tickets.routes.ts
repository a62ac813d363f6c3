import { documentRoutes } from '../../../platform/documents/index.ts';
import { pageOf } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import { ticketDocuments } from './ticket-documents.ts';
import { moveTicket } from './ticket-moves.service.ts';
import { logWork } from './ticket-work.service.ts';
import * as s from './tickets.schema.ts';
import * as tickets from './tickets.service.ts';

/**
 * Service desk tickets: opened, edited, routed, moved through their lifecycle, each change
 * logged. Portal-safe where a portal takes part: a client's users open, follow and confirm
 * their own tickets; a supplier's team reads and works those routed to it.
 */
export function ticketRoutes(app: App) {
  const r = typed(app);
  const tags = ['service desk'];
  const base = '/api/v1/tickets';
  r.get(base, {
    config: { access: 'tickets:read', portal: true },
    schema: {
      tags,
      description:
        "Tickets, newest first unless sorted (by due time: the caller's queue), by status, priority, type, client, group or assignee; `mine` keeps the tickets assigned to the caller or routed to their groups. A portal lists its own.",
      querystring: s.ticketQuery,
      response: { 200: pageOf(s.ticketSummarySchema) },
    },
    handler: (req) => tickets.listTickets(req.ctx, req.query),
  });
  r.post(base, {
    config: { access: 'tickets:write', portal: true },
    schema: {
      tags,
      description:
        "Opens a ticket TCK-000123; its priority follows from impact × urgency, and naming a group or an assignee assigns it. A client's portal user opens one for their client.",
      body: s.ticketBody,
      response: { 201: s.ticketSchema },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await tickets.createTicket(req.ctx, req.body)),
  });
  r.get(`${base}/:id`, {
    config: { access: 'tickets:read', portal: true },
    schema: {
      tags,
      description:
        "A ticket with its SLA clocks, conversation and log, as the caller may see them: a portal its own party's clocks and comments.",
      params: idParam,
      response: { 200: s.ticketSchema },
    },
    handler: (req) => tickets.getTicket(req.ctx, req.params.id),
  });
  r.patch(`${base}/:id`, {
    config: { access: 'tickets:write' },
    schema: {
      tags,
      description:
        'Edits a ticket: its text, impact and urgency (the priority follows, logged with the reason), its group (routing hands it over: it is assigned there) and its assignee.',
      params: idParam,
      body: s.ticketUpdateBody,
      response: { 200: s.ticketSchema },
    },
    handler: (req) => tickets.updateTicket(req.ctx, req.params.id, req.body),
  });
  r.post(`${base}/:id/transitions`, {
    config: { access: 'tickets:write', portal: true },
    schema: {
      tags,
      description:
        "Moves a ticket: into work, waiting on the client, a supplier or us (reason code, what is awaited, and the message that asks), resolved (with what was done), closed, or reopened within seven days of its resolution. A client's portal user confirms (closes) or turns down (reopens) a resolution; a supplier's team works the tickets routed to it.",
      params: idParam,
      body: s.transitionBody,
      response: { 200: s.ticketSchema },
    },
    handler: (req) => moveTicket(req.ctx, req.params.id, req.body),
  });
  r.post(`${base}/:id/work`, {
    config: { access: 'tickets:write' },
    schema: {
      tags,
      description:
        "Logs work on a ticket as time: the day's hours join the timesheet of the caller (or of personId, with time:manage) on the project of the ticket's contract, and the ticket's log keeps them.",
      params: idParam,
      body: s.workBody,
      response: { 201: s.ticketSchema },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await logWork(req.ctx, req.params.id, req.body)),
  });
  documentRoutes(app, {
    owner: ticketDocuments,
    path: `${base}/:id`,
    params: idParam,
    tags,
    read: 'tickets:read',
    write: 'tickets:write',
    portal: true,
    find: async (db, ctx, { id }) => (await tickets.visibleTicket(db, ctx, id)).id,
  });
}
