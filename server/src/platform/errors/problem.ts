import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isStorageUnavailable } from '../../db/storage-errors.ts';
import { AppError, type ErrorCode, type FieldErrors, statusOf } from './app-error.ts';

export const PROBLEM_TYPE_BASE = 'https://pontis.dev/problems/';

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldErrors;
  requestId?: string;
};

const titles: Record<ErrorCode, string> = {
  bad_request: 'Bad request',
  validation_failed: 'Validation failed',
  unauthenticated: 'Authentication required',
  invalid_credentials: 'Invalid credentials',
  totp_required: 'Second factor required',
  account_disabled: 'Account disabled',
  forbidden: 'Forbidden',
  csrf_failed: 'Missing CSRF header',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  version_conflict: 'Version conflict',
  conflict: 'Conflict',
  gone: 'Gone',
  payload_too_large: 'Payload too large',
  unsupported_media_type: 'Unsupported media type',
  idempotency_mismatch: 'Idempotency key reused with a different request',
  unprocessable: 'Unprocessable request',
  rate_limited: 'Too many requests',
  internal: 'Internal error',
  unavailable: 'Service unavailable',
  storage_unavailable: 'Storage unavailable',
};

export function problemOf(code: ErrorCode, detail: string, errors?: FieldErrors): Problem {
  return {
    type: PROBLEM_TYPE_BASE + code,
    title: titles[code],
    status: statusOf(code),
    detail,
    ...(errors ? { errors } : {}),
  };
}

/** Maps every thrown error to RFC 9457 problem+json; never leaks a stack trace. */
export function registerProblemHandler(app: FastifyInstance, webDist?: string): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { problem, headers } = toProblem(error);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    reply
      .code(problem.status)
      .headers(headers)
      .type('application/problem+json')
      .send({ ...problem, requestId: request.id });
  });
  app.setNotFoundHandler((request, reply) => {
    // The web app routes in the browser: any other GET that wants HTML gets index.html.
    if (
      webDist &&
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      request.headers.accept?.includes('text/html')
    ) {
      return reply.type('text/html').sendFile('index.html');
    }
    const allowed = app.allowedMethods(request.url);
    const problem =
      allowed.length > 0
        ? problemOf('method_not_allowed', `Use ${allowed.join(', ')} on this path`)
        : problemOf('not_found', `No route ${request.method} ${request.url.split('?')[0]}`);
    if (allowed.length > 0) reply.header('allow', allowed.join(', '));
    reply
      .code(problem.status)
      .type('application/problem+json')
      .send({ ...problem, requestId: request.id });
  });
}

function toProblem(error: FastifyError): { problem: Problem; headers: Record<string, string> } {
  if (error instanceof AppError) {
    return { problem: problemOf(error.code, error.message, error.fields), headers: error.headers };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields: FieldErrors = {};
    for (const v of error.validation) {
      const path = [error.validationContext, ...v.instancePath.split('/').filter(Boolean)].join(
        '.',
      );
      // A field the caller sent that is not taken is named itself, not its parent object.
      const unknown = (v.params as { keys?: unknown } | undefined)?.keys;
      const keys = Array.isArray(unknown) ? unknown.map((k) => `${path}.${k}`) : [path || 'body'];
      for (const key of keys) {
        const message = Array.isArray(unknown) ? 'Not accepted here' : (v.message ?? 'invalid');
        fields[key] = [...(fields[key] ?? []), message];
      }
    }
    return {
      problem: problemOf('validation_failed', 'The request has invalid fields', fields),
      headers: {},
    };
  }
  if (isStorageUnavailable(error)) {
    return {
      problem: problemOf(
        'storage_unavailable',
        'The database cannot store data right now; nothing was saved. Try again shortly.',
      ),
      headers: { 'retry-after': '30' },
    };
  }
  const status = error.statusCode ?? 500;
  const byStatus: Record<number, ErrorCode> = {
    400: 'bad_request',
    404: 'not_found',
    405: 'method_not_allowed',
    413: 'payload_too_large',
    415: 'unsupported_media_type',
    429: 'rate_limited',
  };
  const code = byStatus[status] ?? (status < 500 ? 'bad_request' : 'internal');
  const detail = status < 500 ? error.message : 'An unexpected error occurred';
  return { problem: problemOf(code, detail), headers: {} };
}
