import { pageOf } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import * as s from './groups.schema.ts';
import * as groups from './groups.service.ts';

/** Assignment groups: our teams and supplier teams that tickets are routed to. */
export function groupRoutes(app: App) {
  const r = typed(app);
  const tags = ['service desk'];
  const base = '/api/v1/ticket-groups';
  const one = { 200: s.groupSchema };
  r.get(base, {
    config: { access: 'tickets:read' },
    schema: {
      tags,
      description: 'The assignment groups, by name, with their lead and members.',
      querystring: s.groupQuery,
      response: { 200: pageOf(s.groupSchema) },
    },
    handler: (req) => groups.listGroups(req.ctx, req.query),
  });
  r.get(`${base}/:id`, {
    config: { access: 'tickets:read' },
    schema: { tags, params: idParam, response: one },
    handler: (req) => groups.getGroup(req.ctx, req.params.id),
  });
  r.post(base, {
    config: { access: 'tickets:manage' },
    schema: {
      tags,
      description:
        "Adds a group: one of our teams with its members, or a supplier's team bound to a supplier contract, whose SLA then runs an underpinning clock on the tickets routed to it.",
      body: s.groupBody,
      response: { 201: s.groupSchema },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await groups.createGroup(req.ctx, req.body)),
  });
  r.patch(`${base}/:id`, {
    config: { access: 'tickets:manage' },
    schema: {
      tags,
      description: "Renames a group, changes its lead or (our teams') members.",
      params: idParam,
      body: s.groupUpdateBody,
      response: one,
    },
    handler: (req) => groups.updateGroup(req.ctx, req.params.id, req.body),
  });
}
