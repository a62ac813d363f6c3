import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';
import { manifests } from './modules/registry.ts';
import { registerPartyType } from './platform/access/parties.ts';
import { roleRoutes } from './platform/access/roles.routes.ts';
import { auditRoutes } from './platform/audit/audit.routes.ts';
import { authRoutes } from './platform/auth/auth.routes.ts';
import type { Deps } from './platform/context.ts';
import { registerProblemHandler } from './platform/errors/problem.ts';
import { registerApiDocs } from './platform/http/api-docs.ts';
import { openapiDocument } from './platform/http/openapi-document.ts';
import { registerPipeline } from './platform/http/pipeline.ts';
import { responseSerializer } from './platform/http/serializer.ts';
import { applyReadableValidationMessages } from './platform/http/validation-messages.ts';
import { newId } from './platform/ids.ts';
import { jobRoutes } from './platform/jobs/jobs.routes.ts';
import { mailRoutes } from './platform/mail/mail.routes.ts';
import { notificationRoutes } from './platform/notifications/notifications.routes.ts';
import { healthRoutes } from './platform/ops/health.routes.ts';
import {
  createMetrics,
  type Metrics,
  type MetricsSnapshot,
  registerMetrics,
} from './platform/ops/metrics.ts';
import { viewRoutes } from './platform/views/views.routes.ts';
import { workspaceRoutes } from './platform/workspaces/workspaces.routes.ts';
import type { PartyType } from './platform/workspaces/workspaces.table.ts';

export type AppOptions = {
  /** The built web app to serve; absent in API tests. */
  webDist?: string | undefined;
  logger?: FastifyServerOptions['logger'];
  /** Counts this process's requests; made here unless the caller shares it. */
  metrics?: Metrics;
  /** The figures /metrics renders: by default this process's; `npm start` gathers all of them. */
  gatherMetrics?: () => Promise<MetricsSnapshot[]>;
};

export const BODY_LIMIT = 1024 * 1024;

/** Platform first (errors, security, identity, access), then every module's routes. */
export async function buildApp(deps: Deps, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    // Behind a load balancer, the client's address (for throttling and audit) is forwarded.
    trustProxy: trustProxyOption(deps.config.trustProxy),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,100}$/.test(given) ? given : newId();
    },
  });
  applyReadableValidationMessages();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer);

  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, {
    limits: { fileSize: deps.config.maxUploadBytes, files: 1, fields: 10, fieldSize: 10_000 },
  });
  const metrics = options.metrics ?? createMetrics();
  registerMetrics(app, metrics);
  const gather = options.gatherMetrics ?? (async () => [metrics.snapshot(`http-${process.pid}`)]);
  registerPipeline(app, deps);
  registerProblemHandler(app, options.webDist);

  const https = deps.config.publicUrl.startsWith('https:');
  await app.register(fastifyHelmet, {
    // Over plain http (a laptop, a LAN) these two would break the app rather than protect it.
    strictTransportSecurity: https,
    contentSecurityPolicy: {
      directives: {
        'upgrade-insecure-requests': https ? [] : null,
        'default-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'style-src': ["'self'", "'unsafe-inline'"],
        'script-src': ["'self'"],
      },
    },
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Pontis API',
        version: '1.0.0',
        description:
          'Service outsourcing management. Conventions (lists, versions, idempotency, problems): docs/api.md.',
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
      servers: [{ url: deps.config.publicUrl }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'pontis_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: openapiDocument,
  });
  await registerApiDocs(app);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  healthRoutes(app, deps.db, gather);
  authRoutes(app);
  workspaceRoutes(app);
  roleRoutes(app);
  auditRoutes(app);
  mailRoutes(app);
  jobRoutes(app);
  notificationRoutes(app);
  viewRoutes(app);
  for (const m of manifests) {
    for (const [type, exists] of Object.entries(m.parties ?? {}))
      registerPartyType(type as PartyType, exists);
    for (const routes of m.routes) routes(app);
  }

  if (options.webDist && existsSync(resolve(options.webDist, 'index.html'))) {
    await app.register(fastifyStatic, { root: resolve(options.webDist), wildcard: false });
  }
  return app;
}

/** Fastify types a hop count as a trust function: trust the nearest n proxies. */
function trustProxyOption(value: boolean | number | string) {
  return typeof value === 'number' ? (_address: string, hop: number) => hop < value : value;
}
