import { sortParam } from '../../platform/http/keyset.ts';
import { pageOf } from '../../platform/http/pagination.ts';
import { type App, typed } from '../../platform/http/route.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { exportFile, exportQuery, sendExport } from '../../platform/http/table-export.ts';
import { supplierColumns } from './suppliers.export.ts';
import { supplierSorts } from './suppliers.repository.ts';
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
