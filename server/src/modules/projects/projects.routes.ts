import { sortParam } from '../../platform/http/keyset.ts';
import { pageOf } from '../../platform/http/pagination.ts';
import { type App, typed } from '../../platform/http/route.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { projectSorts } from './projects.repository.ts';
import * as s from './projects.schema.ts';
import * as projects from './projects.service.ts';

/** Projects, their phases and gates; their parts are served from their capability's folder. */
export function projectRoutes(app: App) {
  const r = typed(app);
  const tags = ['projects'];
  const read = { access: 'projects:read' } as const;
  const write = { access: 'projects:write' } as const;

  r.get('/api/v1/projects', {
    config: read,
    schema: {
      tags,
      querystring: s.projectListQuery.extend({ sort: sortParam(projectSorts, 'name') }),
      response: { 200: pageOf(s.projectSchema) },
    },
    handler: (req) => projects.listProjects(req.ctx, req.query),
  });
  r.get('/api/v1/projects/:id', {
    config: read,
    schema: { tags, params: idParam, response: { 200: s.projectSchema } },
    handler: (req) => projects.getProject(req.ctx, req.params.id),
  });
  r.post('/api/v1/projects', {
    config: write,
    schema: { tags, body: s.projectBody, response: { 201: s.projectSchema } },
    handler: async (req, reply) =>
      reply.code(201).send(await projects.createProject(req.ctx, req.body)),
  });
  r.patch('/api/v1/projects/:id', {
    config: write,
    schema: {
      tags,
      params: idParam,
      body: s.projectUpdateBody,
      response: { 200: s.projectSchema },
    },
    handler: (req) => projects.updateProject(req.ctx, req.params.id, req.body),
  });
  r.put('/api/v1/projects/:id/gates/:phase/:key', {
    config: write,
    schema: { tags, params: s.gateParams, body: s.gateBody, response: { 200: s.projectSchema } },
    handler: (req) => projects.setGate(req.ctx, req.params.id, req.params, req.body),
  });
  r.post('/api/v1/projects/:id/advance', {
    config: write,
    schema: { tags, params: idParam, body: s.advanceBody, response: { 200: s.projectSchema } },
    handler: (req) => projects.advancePhase(req.ctx, req.params.id, req.body),
  });
}
