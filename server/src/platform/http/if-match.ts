import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';

/**
 * A change of a versioned record (an update or any action on it) may carry the version it read
 * as `If-Match: "3"` (or W/"3", as GET's ETag gives it) instead of a body field. The header's
 * version is moved into the body before validation, so services see one `version`; a header
 * and a body that disagree are refused.
 */
export function applyIfMatch(request: FastifyRequest): void {
  const header = request.headers['if-match'];
  if (typeof header !== 'string') return;
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
  // Two versions read at two moments: at least one is stale, so nothing may be written.
  if (given !== undefined && given !== version) {
    throw new AppError(
      'version_conflict',
      `If-Match names version ${version} and the body version ${String(given)}; read the record again`,
    );
  }
  (body as { version?: unknown }).version = version;
}
