import type { FastifyRequest } from 'fastify';
import { audit } from '../audit/audit.ts';
import { AppError } from '../errors/app-error.ts';
import type { RouteAccess } from './permissions.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-requested-with';

/**
 * Deny by default: a route passes only what it declared. Cookie-authenticated mutations must
 * also carry a custom header, which a cross-site form cannot send (SameSite=Lax does the rest).
 */
export async function guard(request: FastifyRequest, access: RouteAccess): Promise<void> {
  const { ctx, identity } = request;
  if (identity.via !== 'api_token' && !SAFE_METHODS.has(request.method)) {
    if (!request.headers[CSRF_HEADER]) {
      throw new AppError(
        'csrf_failed',
        `Mutations from a browser must send the ${CSRF_HEADER} header`,
      );
    }
  }
  if (access === 'public') return;
  if (!ctx.actor.userId) throw new AppError('unauthenticated', 'Sign in first');
  // Portal exposure is declared per route, never inferred from permissions internal roles share.
  if (ctx.membership?.party && !request.routeOptions.config.portal) {
    throw new AppError('forbidden', 'This is not available to portal users');
  }
  if (access === 'authenticated') return;
  if (access === 'session') {
    if (identity.via === 'session') return;
    throw new AppError('forbidden', 'Only an interactive sign-in may do this, not an API token');
  }
  if (ctx.membership?.permissions.has(access)) return;
  await ctx.db.transaction().execute((trx) =>
    audit(trx, ctx, {
      action: 'access.denied',
      changes: {
        route: { after: `${request.method} ${request.routeOptions.url}` },
        permission: { after: access },
      },
    }),
  );
  throw new AppError('forbidden', `This needs the ${access} permission`);
}
