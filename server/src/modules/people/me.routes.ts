import { z } from 'zod';
import { pageFromAll, pageOf, pageQuery } from '../../platform/http/pagination.ts';
import { type App, typed } from '../../platform/http/route.ts';
import * as a from './availability/availability.schema.ts';
import * as me from './me.service.ts';
import { personSchema } from './people.schema.ts';
import * as s from './skills/skills.schema.ts';

/**
 * The signed-in user's own profile as a person: anyone linked to a person may read it, keep
 * their skills (unverified until a manager verifies) and ask for leave.
 */
export function myProfileRoutes(app: App) {
  const r = typed(app);
  const tags = ['people'];
  const access = 'authenticated' as const;
  const skillList = { 200: z.array(s.personSkillSchema) };
  const absenceList = { 200: z.array(a.absenceSchema) };

  r.get('/api/v1/me/person', {
    config: { access, portal: true },
    schema: { tags, response: { 200: personSchema } },
    handler: (req) => me.ownPerson(req.ctx),
  });
  r.get('/api/v1/me/person/skills', {
    config: { access, portal: true },
    schema: { tags, querystring: pageQuery, response: { 200: pageOf(s.personSkillSchema) } },
    handler: async (req) => pageFromAll(await me.ownSkills(req.ctx), req.query),
  });
  r.put('/api/v1/me/person/skills/:skillId', {
    config: { access, portal: true },
    schema: {
      tags,
      params: z.object({ skillId: z.uuid() }),
      body: s.personSkillBody,
      response: skillList,
    },
    handler: (req) => me.setOwnSkill(req.ctx, req.params.skillId, req.body),
  });
  r.get('/api/v1/me/person/absences', {
    config: { access, portal: true },
    schema: { tags, querystring: pageQuery, response: { 200: pageOf(a.absenceSchema) } },
    handler: async (req) => pageFromAll(await me.ownAbsences(req.ctx), req.query),
  });
  r.post('/api/v1/me/person/absences', {
    config: { access, portal: true },
    schema: { tags, body: a.absenceBody, response: absenceList },
    handler: (req) => me.requestAbsence(req.ctx, req.body),
  });
}
