import { z } from 'zod';
import { pageFromAll, pageOf, pageQuery } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import * as personSkills from './person-skills.service.ts';
import * as s from './skills.schema.ts';
import * as skills from './skills.service.ts';
import { skillsMatrix } from './skills-matrix.service.ts';

/** The skills catalogue and each person's skills. */
export function skillRoutes(app: App) {
  const r = typed(app);
  const tags = ['people'];
  const list = { 200: z.array(s.personSkillSchema) };

  r.get('/api/v1/skills', {
    config: { access: 'people:read', portal: true },
    schema: {
      tags,
      querystring: s.skillQuery.extend(pageQuery.shape),
      response: { 200: pageOf(s.skillSchema) },
    },
    handler: async (req) => pageFromAll(await skills.listSkills(req.ctx, req.query), req.query),
  });
  r.get('/api/v1/skills/matrix', {
    config: { access: 'people:read' },
    schema: { tags, querystring: s.matrixQuery, response: { 200: s.matrixSchema } },
    handler: (req) => skillsMatrix(req.ctx, req.query),
  });
  r.post('/api/v1/skills', {
    config: { access: 'people:write' },
    schema: { tags, body: s.skillBody, response: { 201: s.skillSchema } },
    handler: async (req, reply) =>
      reply.code(201).send(await skills.createSkill(req.ctx, req.body)),
  });
  r.patch('/api/v1/skills/:id', {
    config: { access: 'people:write' },
    schema: { tags, params: idParam, body: s.skillUpdateBody, response: { 200: s.skillSchema } },
    handler: (req) => skills.updateSkill(req.ctx, req.params.id, req.body),
  });

  r.get('/api/v1/people/:id/skills', {
    config: { access: 'people:read', portal: true },
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(s.personSkillSchema) },
    },
    handler: async (req) =>
      pageFromAll(await personSkills.listPersonSkills(req.ctx, req.params.id), req.query),
  });
  r.put('/api/v1/people/:id/skills/:skillId', {
    config: { access: 'people:write' },
    schema: { tags, params: s.personSkillParams, body: s.personSkillBody, response: list },
    handler: (req) =>
      personSkills.setPersonSkill(req.ctx, req.params.id, req.params.skillId, req.body),
  });
  r.post('/api/v1/people/:id/skills/:skillId/verify', {
    config: { access: 'people:write' },
    schema: { tags, params: s.personSkillParams, response: list },
    handler: (req) => personSkills.verifyPersonSkill(req.ctx, req.params.id, req.params.skillId),
  });
  r.delete('/api/v1/people/:id/skills/:skillId', {
    config: { access: 'people:write' },
    schema: { tags, params: s.personSkillParams, response: list },
    handler: (req) => personSkills.removePersonSkill(req.ctx, req.params.id, req.params.skillId),
  });
}
