import { z } from 'zod';
import { pageFromAll, pageOf, pageQuery } from '../http/pagination.ts';
import { type App, typed } from '../http/route.ts';
import { idParam, isoTimestamp, okSchema, versionField } from '../http/schemas.ts';
import { permissions } from './permissions.ts';
import * as roles from './roles.service.ts';

const permission = z.enum(permissions);

const roleSchema = z
  .object({
    id: z.string(),
    key: z.string(),
    name: z.string(),
    builtin: z.boolean(),
    permissions: z.array(permission),
    createdAt: isoTimestamp,
    updatedAt: isoTimestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Role' });

export function roleRoutes(app: App) {
  const r = typed(app);
  const tags = ['roles'];

  r.get('/api/v1/permissions', {
    config: { access: 'roles:read' },
    schema: { tags, querystring: pageQuery, response: { 200: pageOf(permission) } },
    handler: async (req) => pageFromAll(permissions, req.query),
  });

  r.get('/api/v1/roles', {
    config: { access: 'roles:read' },
    schema: { tags, querystring: pageQuery, response: { 200: pageOf(roleSchema) } },
    handler: async (req) => pageFromAll(await roles.listRoles(req.ctx), req.query),
  });

  r.get('/api/v1/roles/:id', {
    config: { access: 'roles:read' },
    schema: { tags, params: idParam, response: { 200: roleSchema } },
    handler: (req) => roles.getRole(req.ctx, req.params.id),
  });

  r.post('/api/v1/roles', {
    config: { access: 'roles:write' },
    schema: {
      tags,
      body: z.strictObject({
        name: z.string().trim().min(1).max(100),
        permissions: z.array(permission).max(500),
      }),
      response: { 201: roleSchema },
    },
    handler: async (req, reply) => reply.code(201).send(await roles.createRole(req.ctx, req.body)),
  });

  r.patch('/api/v1/roles/:id', {
    config: { access: 'roles:write' },
    schema: {
      tags,
      params: idParam,
      body: z.strictObject({
        version: versionField,
        name: z.string().trim().min(1).max(100).optional(),
        permissions: z.array(permission).max(500).optional(),
      }),
      response: { 200: roleSchema },
    },
    handler: (req) => roles.updateRole(req.ctx, req.params.id, req.body),
  });

  r.delete('/api/v1/roles/:id', {
    config: { access: 'roles:write' },
    schema: { tags, params: idParam, response: { 200: okSchema } },
    handler: async (req) => {
      await roles.deleteRole(req.ctx, req.params.id);
      return { ok: true as const };
    },
  });
}
