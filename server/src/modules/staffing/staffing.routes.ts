import { sortParam } from '../../platform/http/keyset.ts';
import { pageFromAll, pageOf, pageQuery } from '../../platform/http/pagination.ts';
import { type App, typed } from '../../platform/http/route.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { exportFile, exportQuery, sendExport } from '../../platform/http/table-export.ts';
import { assignmentSorts } from './assignments.repository.ts';
import * as assignments from './assignments.service.ts';
import { matchCandidates } from './matching.service.ts';
import { requestColumns } from './requests.export.ts';
import { requestSorts } from './requests.repository.ts';
import * as requests from './requests.service.ts';
import { skillGap } from './skill-gap.service.ts';
import * as s from './staffing.schema.ts';
import { bench, utilization } from './utilization.service.ts';

/** Staffing requests, who fits them, the bookings made, and how full everyone is. */
export function staffingRoutes(app: App) {
  const r = typed(app);
  const tags = ['staffing'];

  r.get('/api/v1/staffing/requests', {
    config: { access: 'staffing:read' },
    schema: {
      tags,
      querystring: s.requestListQuery.extend({ sort: sortParam(requestSorts, '-startDate') }),
      response: { 200: pageOf(s.requestSchema) },
    },
    handler: (req) => requests.listRequests(req.ctx, req.query),
  });
  r.get('/api/v1/staffing/requests/export', {
    config: { access: 'staffing:read' },
    schema: {
      tags,
      querystring: s.requestListQuery.omit({ limit: true, cursor: true }).extend({
        sort: sortParam(requestSorts, '-startDate'),
        ...exportQuery.shape,
      }),
      produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    },
    handler: (req, reply) =>
      sendExport(reply, exportFile(req, 'staffing-requests'), requestColumns, (limit, cursor) =>
        requests.listRequests(req.ctx, { ...req.query, limit, cursor }),
      ),
  });
  r.get('/api/v1/staffing/requests/:id', {
    config: { access: 'staffing:read' },
    schema: { tags, params: idParam, response: { 200: s.requestSchema } },
    handler: (req) => requests.getRequest(req.ctx, req.params.id),
  });
  r.post('/api/v1/staffing/requests', {
    config: { access: 'staffing:write' },
    schema: { tags, body: s.requestBody, response: { 201: s.requestSchema } },
    handler: async (req, reply) =>
      reply.code(201).send(await requests.createRequest(req.ctx, req.body)),
  });
  r.patch('/api/v1/staffing/requests/:id', {
    config: { access: 'staffing:write' },
    schema: {
      tags,
      params: idParam,
      body: s.requestUpdateBody,
      response: { 200: s.requestSchema },
    },
    handler: (req) => requests.updateRequest(req.ctx, req.params.id, req.body),
  });
  r.get('/api/v1/staffing/requests/:id/candidates', {
    config: { access: 'staffing:read' },
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(s.candidateSchema) },
    },
    handler: async (req) => pageFromAll(await matchCandidates(req.ctx, req.params.id), req.query),
  });

  r.get('/api/v1/staffing/utilization', {
    config: { access: 'staffing:read' },
    schema: { tags, querystring: s.utilizationQuery, response: { 200: s.utilizationSchema } },
    handler: (req) => utilization(req.ctx, req.query),
  });
  r.get('/api/v1/staffing/skill-gap', {
    config: { access: 'staffing:read' },
    schema: { tags, querystring: pageQuery, response: { 200: pageOf(s.skillGapEntrySchema) } },
    handler: async (req) => pageFromAll(await skillGap(req.ctx), req.query),
  });
  r.get('/api/v1/staffing/bench', {
    config: { access: 'staffing:read' },
    schema: {
      tags,
      querystring: s.benchQuery.extend(pageQuery.shape),
      response: { 200: pageOf(s.benchEntrySchema) },
    },
    handler: async (req) => pageFromAll(await bench(req.ctx, req.query), req.query),
  });

  // Read with people:read so the supplier portal sees its own workers' bookings.
  r.get('/api/v1/assignments', {
    config: { access: 'people:read', portal: true },
    schema: {
      tags,
      querystring: s.assignmentListQuery.extend({ sort: sortParam(assignmentSorts, 'startDate') }),
      response: { 200: pageOf(s.assignmentSchema) },
    },
    handler: (req) => assignments.listAssignments(req.ctx, req.query),
  });
  r.get('/api/v1/me/assignments', {
    config: { access: 'authenticated', portal: true },
    schema: {
      tags,
      querystring: s.assignmentListQuery.omit({ personId: true }),
      response: { 200: pageOf(s.assignmentSchema) },
    },
    handler: (req) => assignments.listOwnAssignments(req.ctx, req.query),
  });
  r.post('/api/v1/assignments', {
    config: { access: 'staffing:write' },
    schema: { tags, body: s.assignmentBody, response: { 201: s.savedAssignmentSchema } },
    handler: async (req, reply) =>
      reply.code(201).send(await assignments.createAssignment(req.ctx, req.body)),
  });
  r.patch('/api/v1/assignments/:id', {
    config: { access: 'staffing:write' },
    schema: {
      tags,
      params: idParam,
      body: s.assignmentUpdateBody,
      response: { 200: s.savedAssignmentSchema },
    },
    handler: (req) => assignments.updateAssignment(req.ctx, req.params.id, req.body),
  });
  r.delete('/api/v1/assignments/:id', {
    config: { access: 'staffing:write' },
    schema: { tags, params: idParam },
    handler: async (req, reply) => {
      await assignments.deleteAssignment(req.ctx, req.params.id);
      return reply.code(204).send();
    },
  });
}
