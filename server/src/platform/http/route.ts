import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteAccess } from '../access/permissions.ts';

export type App = FastifyInstance;

/** Per IP and route: sign-in, resets, invitations and second-factor checks. */
export const SENSITIVE_RATE_LIMIT = { max: 30, windowMs: 60_000 } as const;
/** The Fastify instance routes are declared on: zod schemas type params, body and reply. */
export const typed = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every /api route declares what it needs; the app refuses to start without it. */
    access?: RouteAccess;
    /**
     * Portal-safe: the route answers client and supplier portal users, scoped to their party's
     * rows and shaped by portal presenters. Any other route refuses them, whatever their role.
     */
    portal?: true | undefined;
    /** Sensitive routes get a tighter per-IP rate limit. */
    rateLimit?: { max: number; windowMs: number };
  }
}
