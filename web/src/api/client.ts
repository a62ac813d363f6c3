import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

/** Every mutation from the browser carries this header: the server's CSRF check wants it. */
export const api = createClient<paths>({
  baseUrl: '',
  credentials: 'same-origin',
  headers: { 'x-requested-with': 'pontis-web' },
});

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: Record<string, string[]>;
};

export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail);
    this.problem = problem;
  }
  /** The stable code at the end of the problem type, e.g. `version_conflict`. */
  get code(): string {
    return this.problem.type.split('/').pop() ?? '';
  }
}

/** Turns openapi-fetch's `{ data, error }` into a value or a thrown ApiError. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (error !== undefined || !response.ok) {
    const p = (error ?? {}) as Partial<Problem>;
    throw new ApiError({
      type: p.type ?? `about:blank/${response.status}`,
      title: p.title ?? response.statusText,
      status: response.status,
      detail: p.detail ?? response.statusText,
      ...(p.errors ? { errors: p.errors } : {}),
    });
  }
  return data as T;
}

export type Schemas = components['schemas'];

export type Page<T> = { items: T[]; nextCursor: string | null };
export type PageQuery = { limit: number; cursor?: string };

/**
 * Every row of a list, page after page: a record's parts and the catalogues are shown whole,
 * so this follows `nextCursor` until the list ends.
 */
export async function unwrapAll<T>(
  page: (query: PageQuery) => Promise<{ data?: Page<T>; error?: unknown; response: Response }>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const next: Page<T> = await unwrap(page({ limit: 200, ...(cursor ? { cursor } : {}) }));
    items.push(...next.items);
    cursor = next.nextCursor ?? undefined;
  } while (cursor);
  return items;
}
