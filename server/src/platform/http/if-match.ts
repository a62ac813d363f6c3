import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';

/**
 * An update may carry the version it read as `If-Match: "3"` (or W/"3") instead of a body
 * field. The header's version is moved into the body before validation, so services see one
 * `version`; a header and a body that disagree are refused.
 */
export function applyIfMatch(request: FastifyRequest): void {
  const header = request.headers['if-match'];
  if (typeof header !== 'string' || (request.method !== 'PATCH' && request.method !== 'PUT'))
    return;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!match)
    throw new AppError('validation_failed', 'If-Match must be a version such as "3"', {
      fields: { 'headers.if-match': ['not a version'] },
    });
  const version = Number(match[1]);
  const body = request.body;
  if (body === undefined || body === null) {
    request.body = { version };
    return;
  }
  if (typeof body !== 'object' || Array.isArray(body)) return;
  const given = (body as { version?: unknown }).version;
  if (given !== undefined && given !== version) {
    throw new AppError('validation_failed', 'If-Match and the body name different versions', {
      fields: { 'body.version': ['differs from If-Match'] },
    });
  }
  (body as { version?: unknown }).version = version;
}
