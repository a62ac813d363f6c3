import { z } from 'zod';
import { pageFromAll, pageOf, pageQuery } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import * as sc from './supplier-contacts.schema.ts';
import * as contacts from './supplier-contacts.service.ts';

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
