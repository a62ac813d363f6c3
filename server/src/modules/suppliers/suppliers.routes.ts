import { z } from 'zod';
import { partyOf } from '../../platform/access/party-scope.ts';
import { workspaceOf } from '../../platform/context.ts';
import { documentRoutes } from '../../platform/documents/index.ts';
import { sortParam } from '../../platform/http/keyset.ts';
import { pageFromAll, pageOf, pageQuery } from '../../platform/http/pagination.ts';
import { type App, typed } from '../../platform/http/route.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { exportFile, exportQuery, sendExport } from '../../platform/http/table-export.ts';
import * as sc from './contacts/supplier-contacts.schema.ts';
import * as contacts from './contacts/supplier-contacts.service.ts';
import * as ob from './onboarding/onboarding.schema.ts';
import * as onboarding from './onboarding/onboarding.service.ts';
import { qualificationDocuments } from './qualifications/qualification-documents.ts';
import * as q from './qualifications/qualifications.schema.ts';
import * as qualifications from './qualifications/qualifications.service.ts';
import { supplierColumns } from './suppliers.export.ts';
import { getSupplierRow, supplierSorts } from './suppliers.repository.ts';
import * as s from './suppliers.schema.ts';
import * as suppliers from './suppliers.service.ts';

export function supplierRoutes(app: App) {
  const r = typed(app);
  const tags = ['suppliers'];

  r.get('/api/v1/suppliers', {
    config: { access: 'suppliers:read', portal: true },
    schema: {
      tags,
      querystring: s.supplierListQuery.extend({ sort: sortParam(supplierSorts, 'name') }),
      response: { 200: pageOf(s.supplierSchema) },
    },
    handler: (req) => suppliers.listSuppliers(req.ctx, req.query),
  });

  r.get('/api/v1/suppliers/export', {
    config: { access: 'suppliers:read' },
    schema: {
      tags,
      querystring: s.supplierListQuery.omit({ limit: true, cursor: true }).extend({
        sort: sortParam(supplierSorts, 'name'),
        ...exportQuery.shape,
      }),
      produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    },
    handler: (req, reply) =>
      sendExport(reply, exportFile(req, 'suppliers'), supplierColumns, (limit, cursor) =>
        suppliers.listSuppliers(req.ctx, { ...req.query, limit, cursor }),
      ),
  });

  r.get('/api/v1/suppliers/:id', {
    config: { access: 'suppliers:read', portal: true },
    schema: { tags, params: idParam, response: { 200: s.supplierSchema } },
    handler: (req) => suppliers.getSupplier(req.ctx, req.params.id),
  });

  r.post('/api/v1/suppliers', {
    config: { access: 'suppliers:write' },
    schema: { tags, body: s.supplierCreateBody, response: { 201: s.supplierSchema } },
    handler: async (req, reply) =>
      reply.code(201).send(await suppliers.createSupplier(req.ctx, req.body)),
  });

  r.patch('/api/v1/suppliers/:id', {
    config: { access: 'suppliers:write' },
    schema: {
      tags,
      params: idParam,
      body: s.supplierUpdateBody,
      response: { 200: s.supplierSchema },
    },
    handler: (req) => suppliers.updateSupplier(req.ctx, req.params.id, req.body),
  });

  r.patch('/api/v1/suppliers/:id/profile', {
    config: { access: 'suppliers:profile', portal: true },
    schema: {
      tags,
      params: idParam,
      body: s.supplierProfileBody,
      response: { 200: s.supplierSchema },
    },
    handler: (req) => suppliers.updateSupplierProfile(req.ctx, req.params.id, req.body),
  });

  r.post('/api/v1/suppliers/:id/status', {
    config: { access: 'suppliers:write' },
    schema: {
      tags,
      params: idParam,
      body: s.supplierStatusBody,
      response: { 200: s.supplierSchema },
    },
    handler: (req) => suppliers.changeSupplierStatus(req.ctx, req.params.id, req.body),
  });
}

/** The workspace's onboarding checklist, each supplier's progress, and the due diligence. */
export function onboardingRoutes(app: App) {
  const r = typed(app);
  const tags = ['suppliers'];
  const items = { 200: z.array(ob.onboardingItemSchema) };
  const progress = { 200: ob.onboardingSchema };

  r.get('/api/v1/onboarding-items', {
    config: { access: 'suppliers:read' },
    schema: { tags, querystring: pageQuery, response: { 200: pageOf(ob.onboardingItemSchema) } },
    handler: async (req) => pageFromAll(await onboarding.listOnboardingItems(req.ctx), req.query),
  });
  r.post('/api/v1/onboarding-items', {
    config: { access: 'settings:write' },
    schema: { tags, body: ob.onboardingItemBody, response: items },
    handler: (req) => onboarding.addOnboardingItem(req.ctx, req.body),
  });
  r.delete('/api/v1/onboarding-items/:id', {
    config: { access: 'settings:write' },
    schema: { tags, params: idParam, response: items },
    handler: (req) => onboarding.removeOnboardingItem(req.ctx, req.params.id),
  });
  // Onboarding is our assessment of the supplier: internal users only (suppliers:write).
  r.get('/api/v1/suppliers/:id/onboarding', {
    config: { access: 'suppliers:write' },
    schema: { tags, params: idParam, response: progress },
    handler: (req) => onboarding.getOnboarding(req.ctx, req.params.id),
  });
  r.put('/api/v1/suppliers/:id/onboarding/:itemId', {
    config: { access: 'suppliers:write' },
    schema: { tags, params: ob.stepParams, body: ob.onboardingStepBody, response: progress },
    handler: (req) => onboarding.markStep(req.ctx, req.params.id, req.params.itemId, req.body),
  });
  r.put('/api/v1/suppliers/:id/due-diligence', {
    config: { access: 'suppliers:write' },
    schema: { tags, params: idParam, body: ob.dueDiligenceBody, response: progress },
    handler: (req) => onboarding.assessDueDiligence(req.ctx, req.params.id, req.body),
  });
}

/** People at the supplier; the supplier portal keeps its own current. */
export function supplierContactRoutes(app: App) {
  const r = typed(app);
  const tags = ['suppliers'];
  const list = { 200: z.array(sc.supplierContactSchema) };

  r.get('/api/v1/suppliers/:id/contacts', {
    config: { access: 'suppliers:read', portal: true },
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(sc.supplierContactSchema) },
    },
    handler: async (req) =>
      pageFromAll(await contacts.listSupplierContacts(req.ctx, req.params.id), req.query),
  });
  r.post('/api/v1/suppliers/:id/contacts', {
    config: { access: 'suppliers:profile', portal: true },
    schema: { tags, params: idParam, body: sc.supplierContactBody, response: list },
    handler: (req) => contacts.addSupplierContact(req.ctx, req.params.id, req.body),
  });
  r.patch('/api/v1/suppliers/:id/contacts/:contactId', {
    config: { access: 'suppliers:profile', portal: true },
    schema: {
      tags,
      params: sc.supplierContactParams,
      body: sc.supplierContactUpdateBody,
      response: list,
    },
    handler: (req) =>
      contacts.updateSupplierContact(req.ctx, req.params.id, req.params.contactId, req.body),
  });
  r.delete('/api/v1/suppliers/:id/contacts/:contactId', {
    config: { access: 'suppliers:profile', portal: true },
    schema: { tags, params: sc.supplierContactParams, response: list },
    handler: (req) => contacts.removeSupplierContact(req.ctx, req.params.id, req.params.contactId),
  });
}

/** Certifications, licences and insurance: the supplier portal adds its own. */
export function qualificationRoutes(app: App) {
  const r = typed(app);
  const tags = ['suppliers'];
  const list = { 200: z.array(q.qualificationSchema) };

  r.get('/api/v1/suppliers/:id/qualifications', {
    config: { access: 'suppliers:read', portal: true },
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(q.qualificationSchema) },
    },
    handler: async (req) =>
      pageFromAll(await qualifications.listQualifications(req.ctx, req.params.id), req.query),
  });

  r.post('/api/v1/suppliers/:id/qualifications', {
    config: { access: 'suppliers:profile', portal: true },
    schema: { tags, params: idParam, body: q.qualificationBody, response: list },
    handler: (req) => qualifications.addQualification(req.ctx, req.params.id, req.body),
  });

  r.delete('/api/v1/suppliers/:id/qualifications/:qualificationId', {
    config: { access: 'suppliers:write' },
    schema: { tags, params: q.qualificationParams, response: list },
    handler: (req) =>
      qualifications.removeQualification(req.ctx, req.params.id, req.params.qualificationId),
  });

  documentRoutes(app, {
    owner: qualificationDocuments,
    path: '/api/v1/suppliers/:id/qualifications/:qualificationId',
    portal: true,
    params: q.qualificationParams,
    tags,
    read: 'suppliers:read',
    write: 'suppliers:profile',
    find: async (db, ctx, { id, qualificationId }) => {
      const workspaceId = workspaceOf(ctx);
      if (!(await getSupplierRow(db, workspaceId, id, partyOf(ctx)))) return null;
      return qualifications.qualificationIdOf(db, workspaceId, id, qualificationId);
    },
  });
}
