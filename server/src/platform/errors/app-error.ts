import type { z } from 'zod';

/** Stable problem types; the `type` URI of every error response ends with one of these. */
const statusByCode = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  totp_required: 401,
  account_disabled: 403,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  method_not_allowed: 405,
  version_conflict: 409,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  idempotency_mismatch: 422,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
  storage_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof statusByCode;
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields: FieldErrors | undefined;
  readonly headers: Record<string, string>;

  constructor(
    code: ErrorCode,
    detail: string,
    options: { fields?: FieldErrors; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.code = code;
    this.status = statusByCode[code];
    this.fields = options.fields;
    this.headers = options.headers ?? {};
  }
}

/** A body field the checks refused: 400 naming the field, as schema validation answers. */
export const invalidField = (field: string, message: string) =>
  new AppError('validation_failed', message, { fields: { [`body.${field}`]: [message] } });

/** A body field that is well formed but breaks a rule of the business: 422 naming the field. */
export const refusedField = (field: string, message: string) =>
  new AppError('unprocessable', message, { fields: { [`body.${field}`]: [message] } });

export const notFound = (entity: string) => new AppError('not_found', `${entity} not found`);

export const versionConflict = () =>
  new AppError(
    'version_conflict',
    'The record was changed by someone else since you read it; reload and try again',
  );

export function statusOf(code: ErrorCode): number {
  return statusByCode[code];
}

/** Validates what Fastify's schema step cannot see (multipart fields) into a 400 with fields. */
export function parseFields<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = ['body', ...issue.path.map(String)].join('.');
    fields[key] = [...(fields[key] ?? []), issue.message];
  }
  throw new AppError('validation_failed', 'The request has invalid fields', { fields });
}

/**
 * A change names the version it read. Once it is settled that the caller may act on the record
 * at all, a record changed since refuses the change before its state is judged: the caller
 * judged a state that is gone, so "not a draft any more" would answer a question not asked.
 */
export function assertVersion(row: { version: number }, version: number): void {
  if (row.version !== version) throw versionConflict();
}
