import { z } from 'zod';
import { sortParam } from '../../platform/http/keyset.ts';
import { pageFromAll, pageOf, pageQuery } from '../../platform/http/pagination.ts';
import { type App, typed } from '../../platform/http/route.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { exportFile, exportQuery, sendExport } from '../../platform/http/table-export.ts';
import * as rates from './cost-rates.service.ts';
import { personColumns } from './people.export.ts';
import { personSorts } from './people.repository.ts';
import * as p from './people.schema.ts';
import * as people from './people.service.ts';

/** Employees and supplier workers, and what each costs. */
export function peopleRoutes(app: App) {
  const r = typed(app);
  const tags = ['people'];
  const rateList = { 200: z.array(p.costRateSchema) };

  r.get('/api/v1/people', {
    config: { access: 'people:read', portal: true },
    schema: {
      tags,
      querystring: p.personListQuery.extend({ sort: sortParam(personSorts, 'name') }),
      response: { 200: pageOf(p.personSchema) },
    },
    handler: (req) => people.listPeople(req.ctx, req.query),
  });
  r.get('/api/v1/people/export', {
    config: { access: 'people:read' },
    schema: {
      tags,
      querystring: p.personListQuery.omit({ limit: true, cursor: true }).extend({
        sort: sortParam(personSorts, 'name'),
        ...exportQuery.shape,
      }),
      produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    },
    handler: (req, reply) =>
      sendExport(reply, exportFile(req, 'people'), personColumns, (limit, cursor) =>
        people.listPeople(req.ctx, { ...req.query, limit, cursor }),
      ),
  });
  r.get('/api/v1/people/:id', {
    config: { access: 'people:read', portal: true },
    schema: { tags, params: idParam, response: { 200: p.personSchema } },
    handler: (req) => people.getPerson(req.ctx, req.params.id),
  });
  r.post('/api/v1/people', {
    config: { access: 'people:write' },
    schema: { tags, body: p.personBody, response: { 201: p.personSchema } },
    handler: async (req, reply) =>
      reply.code(201).send(await people.createPerson(req.ctx, req.body)),
  });
  r.patch('/api/v1/people/:id', {
    config: { access: 'people:write' },
    schema: { tags, params: idParam, body: p.personUpdateBody, response: { 200: p.personSchema } },
    handler: (req) => people.updatePerson(req.ctx, req.params.id, req.body),
  });

  r.get('/api/v1/people/:id/cost-rates', {
    config: { access: 'people:cost' },
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(p.costRateSchema) },
    },
    handler: async (req) =>
      pageFromAll(await rates.listCostRates(req.ctx, req.params.id), req.query),
  });
  r.post('/api/v1/people/:id/cost-rates', {
    config: { access: 'people:cost' },
    schema: { tags, params: idParam, body: p.costRateBody, response: rateList },
    handler: (req) => rates.addCostRate(req.ctx, req.params.id, req.body),
  });
  r.delete('/api/v1/people/:id/cost-rates/:rateId', {
    config: { access: 'people:cost' },
    schema: { tags, params: p.costRateParams, response: rateList },
    handler: (req) => rates.removeCostRate(req.ctx, req.params.id, req.params.rateId),
  });
  r.get('/api/v1/people/:id/cost-on', {
    config: { access: 'people:cost' },
    schema: {
      tags,
      params: idParam,
      querystring: p.costOnQuery,
      response: { 200: p.costOnSchema },
    },
    handler: (req) => rates.getCostOn(req.ctx, req.params.id, req.query.day),
  });
}
