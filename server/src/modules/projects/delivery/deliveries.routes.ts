import { z } from 'zod';
import { workspaceOf } from '../../../platform/context.ts';
import { documentRoutes } from '../../../platform/documents/documents.routes.ts';
import { pageFromAll, pageOf, pageQuery } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { idParam, okSchema } from '../../../platform/http/schemas.ts';
import { projectSchema } from '../projects.schema.ts';
import { projectRowOf } from '../projects.service.ts';
import { portalProjectSchema, portalProjectSummary } from './client-portal.schema.ts';
import { portalProject, portalProjectRow, portalProjects } from './client-portal.service.ts';
import * as cs from './closure.schema.ts';
import * as closure from './closure.service.ts';
import { deliverableDocuments } from './deliverable-documents.ts';
import * as s from './deliverables.schema.ts';
import * as deliverables from './deliverables.service.ts';
import * as rs from './status-reports.schema.ts';
import * as statusReports from './status-reports.service.ts';

/**
 * What the project delivers, reports and learns (deliverables, status reports, evaluation and
 * lessons) and the client portal where the client accepts deliverables, reads the published
 * reports and signs the project off.
 */
export function deliveryRoutes(app: App) {
  const r = typed(app);
  const tags = ['projects'];
  const list = { 200: z.array(s.deliverableSchema) };
  const base = '/api/v1/projects/:id/deliverables';
  const review = { access: 'deliveries:review', portal: true } as const;

  r.get(base, {
    config: { access: 'projects:read' },
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(s.deliverableSchema) },
    },
    handler: async (req) =>
      pageFromAll(await deliverables.listDeliverables(req.ctx, req.params.id), req.query),
  });
  r.post(base, {
    config: { access: 'projects:write' },
    schema: { tags, params: idParam, body: s.deliverableBody, response: list },
    handler: (req) => deliverables.addDeliverable(req.ctx, req.params.id, req.body),
  });
  r.patch(`${base}/:deliverableId`, {
    config: { access: 'projects:write' },
    schema: { tags, params: s.deliverableParams, body: s.deliverableUpdateBody, response: list },
    handler: (req) =>
      deliverables.updateDeliverable(req.ctx, req.params.id, req.params.deliverableId, req.body),
  });
  r.post(`${base}/:deliverableId/submit`, {
    config: { access: 'projects:write' },
    schema: { tags, params: s.deliverableParams, body: s.deliverableSubmitBody, response: list },
    handler: (req) =>
      deliverables.submitDeliverable(req.ctx, req.params.id, req.params.deliverableId, req.body),
  });
  documentRoutes(app, {
    owner: deliverableDocuments,
    path: `${base}/:deliverableId`,
    params: s.deliverableParams,
    tags,
    read: 'projects:read',
    write: 'projects:write',
    find: async (db, ctx, { id, deliverableId }) => {
      await projectRowOf(db, workspaceOf(ctx), id);
      const d = await deliverables.deliverableRow(db, ctx, deliverableId).catch(() => null);
      return d?.project_id === id ? d.id : null;
    },
  });

  const reports = '/api/v1/projects/:id/status-reports';
  const reportList = { 200: z.array(rs.reportSchema) };
  r.get(reports, {
    config: { access: 'projects:read' },
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(rs.reportSchema) },
    },
    handler: async (req) =>
      pageFromAll(await statusReports.listReports(req.ctx, req.params.id), req.query),
  });
  r.post(reports, {
    config: { access: 'projects:write' },
    schema: { tags, params: idParam, body: rs.reportBody, response: reportList },
    handler: (req) => statusReports.addReport(req.ctx, req.params.id, req.body),
  });
  r.patch(`${reports}/:reportId`, {
    config: { access: 'projects:write' },
    schema: { tags, params: rs.reportParams, body: rs.reportUpdateBody, response: reportList },
    handler: (req) =>
      statusReports.updateReport(req.ctx, req.params.id, req.params.reportId, req.body),
  });
  r.post(`${reports}/:reportId/publish`, {
    config: { access: 'projects:write' },
    schema: { tags, params: rs.reportParams, body: rs.publishBody, response: reportList },
    handler: (req) =>
      statusReports.publishReport(req.ctx, req.params.id, req.params.reportId, req.body.version),
  });

  r.put('/api/v1/projects/:id/evaluation', {
    config: { access: 'projects:write' },
    schema: { tags, params: idParam, body: cs.evaluationBody, response: { 200: projectSchema } },
    handler: (req) => closure.evaluateProject(req.ctx, req.params.id, req.body),
  });
  const lessons = { 200: z.array(cs.lessonSchema) };
  r.get('/api/v1/projects/:id/lessons', {
    config: { access: 'projects:read' },
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(cs.lessonSchema) },
    },
    handler: async (req) =>
      pageFromAll(await closure.listLessons(req.ctx, req.params.id), req.query),
  });
  r.post('/api/v1/projects/:id/lessons', {
    config: { access: 'projects:write' },
    schema: { tags, params: idParam, body: cs.lessonBody, response: lessons },
    handler: (req) => closure.addLesson(req.ctx, req.params.id, req.body),
  });
  r.get('/api/v1/lessons', {
    config: { access: 'projects:read' },
    schema: {
      tags,
      querystring: cs.lessonQuery.extend(pageQuery.shape),
      response: { 200: pageOf(cs.lessonSchema) },
    },
    handler: async (req) => pageFromAll(await closure.searchLessons(req.ctx, req.query), req.query),
  });

  const portalTags = ['client portal'];
  r.get('/api/v1/client-portal/projects', {
    config: review,
    schema: {
      tags: portalTags,
      querystring: pageQuery,
      response: { 200: pageOf(portalProjectSummary) },
    },
    handler: async (req) => pageFromAll(await portalProjects(req.ctx), req.query),
  });
  r.get('/api/v1/client-portal/projects/:id', {
    config: review,
    schema: { tags: portalTags, params: idParam, response: { 200: portalProjectSchema } },
    handler: (req) => portalProject(req.ctx, req.params.id),
  });
  r.post('/api/v1/client-portal/deliverables/:id/decisions', {
    config: review,
    schema: {
      tags: portalTags,
      params: idParam,
      body: s.deliverableDecisionBody,
      response: { 200: s.deliverableSchema },
    },
    handler: (req) => deliverables.decideDeliverable(req.ctx, req.params.id, req.body),
  });
  r.post('/api/v1/client-portal/projects/:id/sign-off', {
    config: review,
    schema: {
      tags: portalTags,
      params: idParam,
      body: cs.signOffBody,
      response: { 200: okSchema },
    },
    handler: (req) => closure.signOffProject(req.ctx, req.params.id, req.body),
  });
  // The client downloads what was handed over; uploading stays with the project.
  documentRoutes(app, {
    owner: deliverableDocuments,
    path: '/api/v1/client-portal/deliverables/:id',
    portal: true,
    params: idParam,
    tags: portalTags,
    read: 'deliveries:review',
    write: 'projects:write',
    find: async (db, ctx, { id }) => {
      const d = await deliverables.deliverableRow(db, ctx, id).catch(() => null);
      if (!d) return null;
      await portalProjectRow(db, ctx, d.project_id);
      return d.id;
    },
  });
}
