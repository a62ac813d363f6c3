import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { pageFromAll, pageOf, pageQuery } from '../http/pagination.ts';
import { type App, SENSITIVE_RATE_LIMIT, typed } from '../http/route.ts';
import { idParam, okSchema } from '../http/schemas.ts';
import * as account from './account.service.ts';
import * as tokens from './api-tokens.service.ts';
import * as s from './auth.schema.ts';
import { login } from './login.service.ts';
import { getMe } from './me.service.ts';
import { confirmPasswordReset, requestPasswordReset } from './password-reset.service.ts';
import { SESSION_ABSOLUTE_MS, SESSION_COOKIE } from './session-policy.ts';

const ok = { ok: true as const };

/** Secure whenever the public URL is https, also behind a proxy that speaks http to us. */
const cookieOptions = (config: Config) =>
  ({
    httpOnly: true,
    sameSite: 'lax',
    secure: new URL(config.publicUrl).protocol === 'https:',
    path: '/',
  }) as const;

function setSessionCookie(reply: FastifyReply, config: Config, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    ...cookieOptions(config),
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}

export function authRoutes(app: App) {
  const r = typed(app);
  const tags = ['auth'];

  r.post('/api/v1/auth/login', {
    config: { access: 'public', rateLimit: SENSITIVE_RATE_LIMIT },
    schema: { tags, body: s.loginBody, response: { 200: okSchema } },
    handler: async (req, reply) => {
      const { token } = await login(req.ctx, req.body, req.headers['user-agent'] ?? null);
      setSessionCookie(reply, req.ctx.config, token);
      return ok;
    },
  });

  r.post('/api/v1/auth/logout', {
    config: { access: 'authenticated', portal: true },
    schema: { tags, response: { 200: okSchema } },
    handler: async (req, reply) => {
      if (req.identity.sessionId) await account.logout(req.ctx, req.identity.sessionId);
      reply.clearCookie(SESSION_COOKIE, cookieOptions(req.ctx.config));
      return ok;
    },
  });

  r.post('/api/v1/auth/password-reset/request', {
    config: { access: 'public', rateLimit: SENSITIVE_RATE_LIMIT },
    schema: { tags, body: s.resetRequestBody, response: { 200: okSchema } },
    handler: async (req) => {
      await requestPasswordReset(req.ctx, req.body.email);
      return ok;
    },
  });

  r.post('/api/v1/auth/password-reset/confirm', {
    config: { access: 'public', rateLimit: SENSITIVE_RATE_LIMIT },
    schema: { tags, body: s.resetConfirmBody, response: { 200: okSchema } },
    handler: async (req) => {
      await confirmPasswordReset(req.ctx, req.body.token, req.body.password);
      return ok;
    },
  });

  r.get('/api/v1/me', {
    config: { access: 'authenticated', portal: true },
    schema: { tags: ['account'], response: { 200: s.meResponse } },
    handler: (req) => getMe(req.ctx),
  });

  accountRoutes(app);
}

function accountRoutes(app: App) {
  const r = typed(app);
  const tags = ['account'];

  r.patch('/api/v1/me', {
    config: { access: 'authenticated', portal: true },
    schema: { tags, operationId: 'updateMe', body: s.profileBody, response: { 200: s.meResponse } },
    handler: async (req) => {
      await account.updateProfile(req.ctx, req.body);
      return getMe(req.ctx);
    },
  });

  r.post('/api/v1/me/password', {
    config: { access: 'session', rateLimit: SENSITIVE_RATE_LIMIT, portal: true },
    schema: { tags, body: s.passwordBody, response: { 200: okSchema } },
    handler: async (req) => {
      await account.changePassword(
        req.ctx,
        req.identity.sessionId,
        req.body.currentPassword,
        req.body.newPassword,
      );
      return ok;
    },
  });

  r.post('/api/v1/me/workspace', {
    config: { access: 'session', portal: true },
    schema: { tags, body: s.switchWorkspaceBody, response: { 200: okSchema } },
    handler: async (req) => {
      await account.switchWorkspace(req.ctx, req.identity.sessionId, req.body.workspaceId);
      return ok;
    },
  });

  r.get('/api/v1/me/sessions', {
    config: { access: 'session', portal: true },
    schema: { tags, querystring: pageQuery, response: { 200: pageOf(s.sessionItem) } },
    handler: async (req) => {
      const rows = await account.listSessions(req.ctx);
      return pageFromAll(
        rows.map((row) => ({
          id: row.id,
          ip: row.ip,
          userAgent: row.user_agent,
          createdAt: row.created_at,
          lastSeenAt: row.last_seen_at,
          expiresAt: row.expires_at,
          current: row.id === req.identity.sessionId,
        })),
        req.query,
      );
    },
  });

  r.delete('/api/v1/me/sessions/:id', {
    config: { access: 'session', portal: true },
    schema: { tags, params: idParam, response: { 200: okSchema } },
    handler: async (req) => {
      await account.revokeSession(req.ctx, req.params.id);
      return ok;
    },
  });

  r.get('/api/v1/me/api-tokens', {
    config: { access: 'session', portal: true },
    schema: { tags, querystring: pageQuery, response: { 200: pageOf(s.apiTokenItem) } },
    handler: async (req) => {
      const rows = await tokens.listApiTokens(req.ctx);
      return pageFromAll(
        rows.map((row) => ({
          id: row.id,
          name: row.name,
          prefix: row.prefix,
          createdAt: row.created_at,
          lastUsedAt: row.last_used_at,
          revokedAt: row.revoked_at,
        })),
        req.query,
      );
    },
  });

  r.post('/api/v1/me/api-tokens', {
    config: { access: 'session', portal: true },
    schema: { tags, body: s.apiTokenBody, response: { 201: s.apiTokenCreated } },
    handler: async (req, reply) =>
      reply.code(201).send(await tokens.createApiToken(req.ctx, req.body.name)),
  });

  r.delete('/api/v1/me/api-tokens/:id', {
    config: { access: 'session', portal: true },
    schema: { tags, params: idParam, response: { 200: okSchema } },
    handler: async (req) => {
      await tokens.revokeToken(req.ctx, req.params.id);
      return ok;
    },
  });

  r.post('/api/v1/me/totp/enrol', {
    config: { access: 'session', portal: true },
    schema: { tags, response: { 200: s.totpEnrolment } },
    handler: (req) => account.startTotpEnrolment(req.ctx),
  });

  r.post('/api/v1/me/totp/confirm', {
    config: { access: 'session', rateLimit: SENSITIVE_RATE_LIMIT, portal: true },
    schema: {
      tags,
      body: s.totpConfirmBody,
      response: { 200: z.object({ recoveryCodes: z.array(z.string()) }) },
    },
    handler: async (req) => ({ recoveryCodes: await account.confirmTotp(req.ctx, req.body.code) }),
  });

  r.post('/api/v1/me/totp/disable', {
    config: { access: 'session', rateLimit: SENSITIVE_RATE_LIMIT, portal: true },
    schema: { tags, body: s.totpDisableBody, response: { 200: okSchema } },
    handler: async (req) => {
      await account.disableTotp(req.ctx, req.body.password);
      return ok;
    },
  });
}
