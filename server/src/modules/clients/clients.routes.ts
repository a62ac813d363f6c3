import { z } from 'zod';
import { sortParam } from '../../platform/http/keyset.ts';
import { pageFromAll, pageOf, pageQuery } from '../../platform/http/pagination.ts';
import { type App, typed } from '../../platform/http/route.ts';
import { idParam, okSchema, versionField } from '../../platform/http/schemas.ts';
import { exportFile, exportQuery, sendExport } from '../../platform/http/table-export.ts';
import { clientColumns } from './clients.export.ts';
import { clientSorts } from './clients.repository.ts';
import * as s from './clients.schema.ts';
import * as clients from './clients.service.ts';
import * as contacts from './contacts.service.ts';

const contactParams = z.object({ id: z.uuid(), contactId: z.uuid() });
const versionBody = z.strictObject({ version: versionField });

export function clientRoutes(app: App) {
  const r = typed(app);
  const tags = ['clients'];

  r.get('/api/v1/clients', {
    config: { access: 'clients:read', portal: true },
    schema: {
      tags,
      querystring: s.clientListQuery.extend({ sort: sortParam(clientSorts, 'name') }),
      response: { 200: pageOf(s.clientSchema) },
    },
    handler: (req) => clients.listClients(req.ctx, req.query),
  });

  r.get('/api/v1/clients/export', {
    config: { access: 'clients:read' },
    schema: {
      tags,
      querystring: s.clientListQuery.omit({ limit: true, cursor: true }).extend({
        sort: sortParam(clientSorts, 'name'),
        ...exportQuery.shape,
      }),
      produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    },
    handler: (req, reply) =>
      sendExport(reply, exportFile(req, 'clients'), clientColumns, (limit, cursor) =>
        clients.listClients(req.ctx, { ...req.query, limit, cursor }),
      ),
  });

  r.get('/api/v1/clients/:id', {
    config: { access: 'clients:read', portal: true },
    schema: { tags, params: idParam, response: { 200: s.clientSchema } },
    handler: (req) => clients.getClient(req.ctx, req.params.id),
  });

  r.post('/api/v1/clients', {
    config: { access: 'clients:write' },
    schema: { tags, body: s.clientCreateBody, response: { 201: s.clientSchema } },
    handler: async (req, reply) =>
      reply.code(201).send(await clients.createClient(req.ctx, req.body)),
  });

  r.patch('/api/v1/clients/:id', {
    config: { access: 'clients:write' },
    schema: { tags, params: idParam, body: s.clientUpdateBody, response: { 200: s.clientSchema } },
    handler: (req) => clients.updateClient(req.ctx, req.params.id, req.body),
  });

  r.post('/api/v1/clients/:id/archive', {
    config: { access: 'clients:write' },
    schema: { tags, params: idParam, body: versionBody, response: { 200: s.clientSchema } },
    handler: (req) => clients.setClientArchived(req.ctx, req.params.id, req.body.version, true),
  });

  r.post('/api/v1/clients/:id/restore', {
    config: { access: 'clients:write' },
    schema: { tags, params: idParam, body: versionBody, response: { 200: s.clientSchema } },
    handler: (req) => clients.setClientArchived(req.ctx, req.params.id, req.body.version, false),
  });

  r.get('/api/v1/clients/:id/contacts', {
    config: { access: 'clients:read', portal: true },
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(s.contactSchema) },
    },
    handler: async (req) =>
      pageFromAll(await contacts.listContacts(req.ctx, req.params.id), req.query),
  });

  r.post('/api/v1/clients/:id/contacts', {
    config: { access: 'clients:write' },
    schema: {
      tags,
      params: idParam,
      body: s.contactCreateBody,
      response: { 201: s.contactSchema },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await contacts.createContact(req.ctx, req.params.id, req.body)),
  });

  r.patch('/api/v1/clients/:id/contacts/:contactId', {
    config: { access: 'clients:write' },
    schema: {
      tags,
      params: contactParams,
      body: s.contactUpdateBody,
      response: { 200: s.contactSchema },
    },
    handler: (req) =>
      contacts.updateContact(req.ctx, req.params.id, req.params.contactId, req.body),
  });

  r.post('/api/v1/clients/:id/contacts/:contactId/archive', {
    config: { access: 'clients:write' },
    schema: { tags, params: contactParams, body: versionBody, response: { 200: okSchema } },
    handler: async (req) => {
      await contacts.archiveContact(req.ctx, req.params.id, req.params.contactId, req.body.version);
      return { ok: true as const };
    },
  });
}
