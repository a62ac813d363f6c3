import { z } from 'zod';
import { pageFromAll, pageOf, pageQuery } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import * as credentials from '../compliance/credentials.service.ts';
import * as absences from './absences.service.ts';
import * as a from './availability.schema.ts';

/** When people are away, and the certifications and documents they hold. */
export function availabilityRoutes(app: App) {
  const r = typed(app);
  const tags = ['people'];
  const absenceList = { 200: z.array(a.absenceSchema) };
  const credentialList = { 200: z.array(a.credentialSchema) };

  r.get('/api/v1/absences', {
    config: { access: 'people:write' },
    schema: {
      tags,
      querystring: a.absenceQuery.extend(pageQuery.shape),
      response: { 200: pageOf(a.absenceSchema) },
    },
    handler: async (req) =>
      pageFromAll(await absences.absencesToDecide(req.ctx, req.query.status), req.query),
  });
  r.get('/api/v1/people/:id/absences', {
    config: { access: 'people:read', portal: true },
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(a.absenceSchema) },
    },
    handler: async (req) =>
      pageFromAll(await absences.listAbsences(req.ctx, req.params.id), req.query),
  });
  r.post('/api/v1/people/:id/absences', {
    config: { access: 'people:write' },
    schema: { tags, params: idParam, body: a.absenceBody, response: absenceList },
    handler: (req) => absences.addAbsence(req.ctx, req.params.id, req.body),
  });
  r.post('/api/v1/people/:id/absences/:absenceId/decisions', {
    config: { access: 'people:write' },
    schema: { tags, params: a.absenceParams, body: a.absenceDecisionBody, response: absenceList },
    handler: (req) =>
      absences.decideAbsence(req.ctx, req.params.id, req.params.absenceId, req.body),
  });
  r.delete('/api/v1/people/:id/absences/:absenceId', {
    config: { access: 'people:write' },
    schema: { tags, params: a.absenceParams, response: absenceList },
    handler: (req) => absences.removeAbsence(req.ctx, req.params.id, req.params.absenceId),
  });

  r.get('/api/v1/people/:id/credentials', {
    config: { access: 'people:read', portal: true },
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(a.credentialSchema) },
    },
    handler: async (req) =>
      pageFromAll(await credentials.listCredentials(req.ctx, req.params.id), req.query),
  });
  r.post('/api/v1/people/:id/credentials', {
    config: { access: 'people:write' },
    schema: { tags, params: idParam, body: a.credentialBody, response: credentialList },
    handler: (req) => credentials.addCredential(req.ctx, req.params.id, req.body),
  });
  r.delete('/api/v1/people/:id/credentials/:credentialId', {
    config: { access: 'people:write' },
    schema: { tags, params: a.credentialParams, response: credentialList },
    handler: (req) => credentials.removeCredential(req.ctx, req.params.id, req.params.credentialId),
  });
}
