import type { FastifyInstance, RouteOptions } from 'fastify';
import FindMyWay from 'find-my-way';
import { z } from 'zod';
import { guard } from '../access/guard.ts';
import type { RouteAccess } from '../access/permissions.ts';
import { anonymousIdentity, type Identity, resolveIdentity } from '../auth/identity.ts';
import type { Ctx, Deps } from '../context.ts';
import { idempotency } from './idempotency.ts';
import { applyIfMatch } from './if-match.ts';
import { assertListEnvelope } from './list-envelope.ts';
import { describeOperation } from './operations.ts';
import { createRateLimiter } from './rate-limit.ts';

declare module 'fastify' {
  interface FastifyRequest {
    identity: Identity;
    ctx: Ctx;
  }
}

/**
 * The steps every /api request passes: who is calling → rate limit → access guard (permission,
 * session-only, portal-safe, CSRF) → If-Match into the body (on every route whose body carries
 * a version) → validation (strict query strings) → idempotency claim → handler → ETag on reads
 * of versioned records → idempotency settle. Each route is described as an OpenAPI operation
 * when it is registered, and a list must answer the one page envelope. Routes stay thin because of it.
 */
export function registerPipeline(app: FastifyInstance, deps: Deps): void {
  const limiter = createRateLimiter(deps.clock);
  const idem = idempotency(deps.db, deps.clock);
  const known = FindMyWay();

  app.decorateRequest('identity', null as unknown as Identity);
  app.decorateRequest('ctx', null as unknown as Ctx);
  app.decorateRequest('idempotency', null);

  const apiRoutes: ApiRoute[] = [];
  app.decorate('apiRoutes', apiRoutes);
  const versionedRoutes = new Set<string>();
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`route ${String(route.method)} ${route.url} declares no access`);
    const versioned = bodyHasVersion(route.schema?.body);
    assertListEnvelope(route);
    shapeQuery(route);
    describeOperation(route, access, versioned);
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      known.on(method as 'GET', route.url, () => {});
      apiRoutes.push({
        method,
        url: route.url,
        access,
        versioned,
        portal: route.config?.portal === true,
      });
      if (versioned) versionedRoutes.add(`${method} ${route.url}`);
    }
  });

  app.addHook('onRequest', async (request) => {
    const identity = request.url.startsWith('/api/v1/')
      ? await resolveIdentity(deps.db, deps.clock, request)
      : anonymousIdentity;
    request.identity = identity;
    request.ctx = {
      ...deps,
      actor: identity.actor,
      membership: identity.membership,
      requestId: request.id,
      ip: request.ip,
    };
    // Access is decided before the body is even read: a denied caller learns nothing more.
    const access = request.routeOptions.config.access;
    if (!access) return;
    limiter(request);
    await guard(request, access);
  });

  app.addHook('preValidation', async (request) => {
    const { method, url } = request.routeOptions;
    if (versionedRoutes.has(`${method} ${url}`)) applyIfMatch(request);
  });

  app.addHook('preSerialization', async (request, reply, payload) => {
    if (!request.routeOptions.config.access) return payload;
    // A versioned record read is tagged with its version, which If-Match then hands back.
    const version = (payload as { version?: unknown } | null)?.version;
    if (request.method === 'GET' && typeof version === 'number') {
      reply.header('etag', `"${version}"`);
    }
    return payload;
  });

  app.addHook('preHandler', async (request, reply) => {
    if (!request.routeOptions.config.access) return;
    return idem.claim(request, reply);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    await idem.settle(request, reply, payload);
    return payload;
  });

  /** A path that exists under another method is 405, not 404. */
  app.decorate('allowedMethods', (url: string) => {
    const path = url.split('?')[0] ?? url;
    return (['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const).filter((m) => known.find(m, path));
  });
}

/** `versioned`: the body carries the version the caller read, which If-Match may give instead. */
export type ApiRoute = {
  method: string;
  url: string;
  access: RouteAccess;
  versioned: boolean;
  /** Declared portal-safe: the only routes a portal user reaches. */
  portal: boolean;
};

/**
 * Query strings are strict: an unknown parameter is a 400, as an unknown body field is, never
 * silently ignored.
 */
function shapeQuery(route: RouteOptions): void {
  const query = route.schema?.querystring ?? (route.method === 'GET' ? z.object({}) : undefined);
  if (query instanceof z.ZodObject) route.schema = { ...route.schema, querystring: query.strict() };
}

/** Whether a route's body schema has a `version` field: every such route honours If-Match. */
function bodyHasVersion(body: unknown): boolean {
  return body instanceof z.ZodObject && 'version' in body.shape;
}

declare module 'fastify' {
  interface FastifyInstance {
    allowedMethods: (url: string) => string[];
    /** Every /api/v1 route with what it needs; the role × route test walks it. */
    apiRoutes: readonly ApiRoute[];
  }
}
