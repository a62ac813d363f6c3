import { z } from 'zod';
import { email, locale, timeZone } from '../auth/auth.schema.ts';
import { sortParam } from '../http/keyset.ts';
import { listQuery, pageFromAll, pageOf, pageQuery } from '../http/pagination.ts';
import { type App, SENSITIVE_RATE_LIMIT, typed } from '../http/route.ts';
import { idParam, isoTimestamp, okSchema, versionField } from '../http/schemas.ts';
import { currencyCode } from '../money.ts';
import * as invitations from './invitations.service.ts';
import { memberSorts } from './members.repository.ts';
import * as members from './members.service.ts';
import { openWorkspace } from './workspace-creation.service.ts';

const party = z.object({ type: z.enum(['client', 'supplier']), id: z.uuid() });

export const memberSchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    email: z.string(),
    name: z.string(),
    roleId: z.string(),
    roleKey: z.string(),
    roleName: z.string(),
    status: z.enum(['active', 'disabled']),
    party: party.nullable(),
    createdAt: isoTimestamp,
    updatedAt: isoTimestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Member' });

const workspaceSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    baseCurrency: z.string(),
    locale,
    timeZone: z.string(),
    createdAt: isoTimestamp,
  })
  .meta({ id: 'Workspace' });

const invitationSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    roleId: z.string(),
    status: z.enum(['pending', 'accepted', 'revoked']),
    expiresAt: isoTimestamp,
    createdAt: isoTimestamp,
  })
  .meta({ id: 'Invitation' });

export function workspaceRoutes(app: App) {
  const r = typed(app);

  r.post('/api/v1/workspaces', {
    // A browser session: a token belongs to one workspace and cannot open another.
    config: { access: 'session' },
    schema: {
      tags: ['workspaces'],
      body: z.strictObject({
        name: z.string().trim().min(1).max(100),
        baseCurrency: currencyCode,
        locale,
        timeZone,
      }),
      response: { 201: workspaceSchema },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await openWorkspace(req.ctx, req.identity.sessionId, req.body)),
  });

  r.get('/api/v1/members', {
    config: { access: 'members:read' },
    schema: {
      tags: ['members'],
      querystring: listQuery.extend({
        sort: sortParam(memberSorts, 'name'),
        status: z.enum(['active', 'disabled']).optional(),
        roleId: z.uuid().optional(),
      }),
      response: { 200: pageOf(memberSchema) },
    },
    handler: (req) => members.listMembers(req.ctx, req.query),
  });

  r.get('/api/v1/members/:id', {
    config: { access: 'members:read' },
    schema: { tags: ['members'], params: idParam, response: { 200: memberSchema } },
    handler: (req) => members.getMember(req.ctx, req.params.id),
  });

  r.patch('/api/v1/members/:id', {
    config: { access: 'members:write' },
    schema: {
      tags: ['members'],
      params: idParam,
      body: z.strictObject({
        version: versionField,
        roleId: z.uuid().optional(),
        status: z.enum(['active', 'disabled']).optional(),
        party: party.nullable().optional(),
      }),
      response: { 200: memberSchema },
    },
    handler: (req) => members.updateMember(req.ctx, req.params.id, req.body),
  });

  r.get('/api/v1/invitations', {
    config: { access: 'members:read' },
    schema: {
      tags: ['members'],
      querystring: pageQuery,
      response: { 200: pageOf(invitationSchema) },
    },
    handler: async (req) => pageFromAll(await invitations.listInvitations(req.ctx), req.query),
  });

  r.post('/api/v1/invitations', {
    config: { access: 'members:write' },
    schema: {
      tags: ['members'],
      body: z.strictObject({ email, roleId: z.uuid() }),
      response: { 201: invitationSchema },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await invitations.inviteMember(req.ctx, req.body)),
  });

  r.delete('/api/v1/invitations/:id', {
    config: { access: 'members:write' },
    schema: { tags: ['members'], params: idParam, response: { 200: okSchema } },
    handler: async (req) => {
      await invitations.revokeInvitation(req.ctx, req.params.id);
      return { ok: true as const };
    },
  });

  const token = z.string().min(10).max(200);

  r.get('/api/v1/invitations/lookup', {
    config: { access: 'public', rateLimit: SENSITIVE_RATE_LIMIT },
    schema: {
      tags: ['members'],
      querystring: z.object({ token }),
      response: {
        200: z.object({ email: z.string(), workspaceName: z.string(), hasAccount: z.boolean() }),
      },
    },
    handler: (req) => invitations.lookupInvitation(req.ctx, req.query.token),
  });

  r.post('/api/v1/invitations/accept', {
    config: { access: 'public', rateLimit: SENSITIVE_RATE_LIMIT },
    schema: {
      tags: ['members'],
      body: z.strictObject({
        token,
        name: z.string().trim().min(1).max(200).optional(),
        // A new account's password must meet the policy; an existing one is just checked.
        password: z.string().min(1).max(200),
        /** A new account starts in the language and time zone the invitee accepted in. */
        locale: locale.optional(),
        timeZone: timeZone.optional(),
      }),
      response: { 200: z.object({ email: z.string() }) },
    },
    handler: (req) => invitations.acceptInvitation(req.ctx, req.body),
  });
}
