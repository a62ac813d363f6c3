import type { RouteOptions } from 'fastify';
import { z } from 'zod';
import type { RouteAccess } from '../access/permissions.ts';
import { problemSchema } from './schemas.ts';

/**
 * Makes every /api/v1 route a documented operation: a stable operationId and a summary derived
 * from its method and path (a route may name its own), its permission in the description and as
 * `x-permission`, `security: []` when public, the headers it honours and the problem responses
 * it can give. One place decides these, so no route can forget them; the OpenAPI lint in
 * `npm run check` holds the document to it.
 */
export function describeOperation(route: RouteOptions, access: RouteAccess, versioned: boolean) {
  route.schema ??= {};
  const schema = route.schema as OperationSchema;
  const method = String(route.method);
  schema.operationId ??= operationIdOf(method, route.url, isList(schema));
  schema.summary ??= sentenceOf(schema.operationId);
  schema.description = [schema.description, accessNote(access)].filter(Boolean).join('\n\n');
  schema['x-permission'] = access;
  if (access === 'public') schema.security = [];
  const headers = honouredHeaders(method, versioned);
  if (headers && !schema.headers) schema.headers = headers;
  schema.response = {
    ...problemResponses(method, route.url, schema, access, versioned),
    ...(schema.response ?? successWithoutBody(schema)),
  };
}

type OperationSchema = {
  operationId?: string;
  summary?: string;
  description?: string;
  'x-permission'?: RouteAccess;
  security?: unknown[];
  headers?: unknown;
  body?: unknown;
  querystring?: unknown;
  params?: unknown;
  response?: Record<string | number, unknown>;
  produces?: string[];
};

/**
 * What a route that declares no response schema answers: a file in the types it produces, or
 * 204 with no body. Fastify sends files and empty bodies as they are, never through a schema.
 */
function successWithoutBody(schema: OperationSchema) {
  if (schema.produces) {
    const file = { schema: z.string().describe('The file') };
    return {
      200: {
        description: 'The file, as an attachment',
        content: Object.fromEntries(schema.produces.map((type) => [type, file])),
      },
    };
  }
  return { 204: z.null().describe('Done; no content') };
}

/** The 200 answer is a list (an array, or a page of items). */
function isList(schema: OperationSchema): boolean {
  const ok = schema.response?.[200];
  return (
    ok instanceof z.ZodArray || (ok instanceof z.ZodObject && ok.shape.items instanceof z.ZodArray)
  );
}

/** Verbs that end a path as an action on the record before them: POST /contracts/:id/submit. */
const ACTIONS = new Set([
  'accept',
  'advance',
  'archive',
  'confirm',
  'disable',
  'enrol',
  'finalize',
  'login',
  'logout',
  'move',
  'publish',
  'read',
  'renew',
  'request',
  'restore',
  'reverse',
  'review',
  'sign',
  'submit',
  'terminate',
  'verify',
  'withdraw',
]);
/** Path words that are nouns but name an action: the name each gives, from its owner. */
const NAMED_ACTIONS: Record<string, (owner: string) => string> = {
  amendment: (o) => `draft${o}Amendment`,
  decisions: (o) => `decide${o}`,
  'flow-down': (o) => `flowDown${o}`,
  import: (o) => `importInto${o}`,
  password: (o) => `change${o}Password`,
  presets: (o) => `apply${o}Presets`,
  'read-all': (o) => `readAll${o}s`,
  'sign-off': (o) => `signOff${o}`,
  status: (o) => `set${o}Status`,
  workspace: (o) => `switch${o}Workspace`,
};
const BY_METHOD: Record<string, string> = {
  POST: 'create',
  PUT: 'set',
  PATCH: 'update',
  DELETE: 'delete',
};

/** `GET /api/v1/clients/:id/contacts` → `listClientContacts`; stable while the path is. */
function operationIdOf(method: string, url: string, list: boolean): string {
  // Sign-in and password reset are verbs of their own: `login`, `confirmPasswordReset`.
  const segments = url.replace(/^\/api\/v1\/(auth\/)?/, '').split('/');
  const last = segments.at(-1) ?? '';
  const statics = segments.filter((s) => !s.startsWith(':'));
  const owners = (words: string[]) => words.map((w) => nounOf(w)).join('');
  if (statics[0] === 'imports') {
    const kind = pascal(statics[1] ?? '');
    return last === 'preview' ? `preview${kind}Import` : `import${kind}`;
  }
  if (last.startsWith(':')) {
    const verb = method === 'GET' ? 'get' : method === 'POST' ? 'submit' : BY_METHOD[method];
    return `${verb}${owners(statics)}`;
  }
  const before = statics.slice(0, -1);
  const named = NAMED_ACTIONS[last];
  if (method === 'POST' && named) return named(owners(before));
  if ((method === 'POST' && ACTIONS.has(last)) || last === 'lookup') {
    return `${camel(last)}${owners(before)}`;
  }
  if (last === 'export') return `export${before.map((w) => pascal(w)).join('')}`;
  if (method === 'GET' && statics.length === 1 && !list) return `get${pascal(last)}`;
  if (method === 'GET') return `${list ? 'list' : 'get'}${owners(before)}${pascal(last)}`;
  return `${BY_METHOD[method] ?? 'call'}${owners(before)}${nounOf(last)}`;
}

/** A path word as a noun in a name: `me` is My, a collection word is singular. */
function nounOf(word: string): string {
  return word === 'me' ? 'My' : pascal(singularOf(word));
}

const IRREGULAR: Record<string, string> = { people: 'person', clauses: 'clause' };

function singularOf(word: string): string {
  if (IRREGULAR[word]) return IRREGULAR[word];
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ss|us)$/.test(word)) return word;
  if (/(sses|xes|ches)$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

const pascal = (word: string) =>
  word
    .split(/[-_]/)
    .map((p) => (p ? p[0]?.toUpperCase() + p.slice(1) : ''))
    .join('');
const camel = (word: string) => {
  const p = pascal(word);
  return p[0]?.toLowerCase() + p.slice(1);
};

/** `listClientContacts` → `List client contacts`. */
function sentenceOf(operationId: string): string {
  const words = operationId
    .replace(/([A-Z])/g, ' $1')
    .toLowerCase()
    .trim();
  return words[0]?.toUpperCase() + words.slice(1);
}

function accessNote(access: RouteAccess): string {
  if (access === 'public') return 'Public: needs no sign-in.';
  if (access === 'authenticated') return 'Needs a signed-in user (session or API token).';
  if (access === 'session') return 'Needs an interactive sign-in: API tokens are refused.';
  return `Needs the \`${access}\` permission.`;
}

function honouredHeaders(method: string, versioned: boolean) {
  const fields: Record<string, z.ZodType> = {};
  if (method === 'POST') {
    fields['idempotency-key'] = z
      .string()
      .max(200)
      .optional()
      .describe('Runs the POST once; a retry with the same key replays the stored answer.');
  }
  if (versioned) {
    fields['if-match'] = z
      .string()
      .optional()
      .describe('The version read, as the ETag of the GET gave it ("3"); instead of `version`.');
  }
  // Loose: every other header the request carries stays as it came.
  return Object.keys(fields).length > 0 ? z.looseObject(fields) : undefined;
}

/** One Problem schema behind every error answer, described per status. */
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
});

/** The problem+json answers an operation can give, by what it takes and what it needs. */
function problemResponses(
  method: string,
  url: string,
  schema: OperationSchema,
  access: RouteAccess,
  versioned: boolean,
) {
  const out: Record<number, ReturnType<typeof problem>> = {
    400: problem('Invalid input: `errors` names each field.'),
    429: problem('Too many requests; wait as Retry-After says.'),
    503: problem('Storage unavailable for now; nothing was saved. Retry later.'),
  };
  if (access !== 'public') {
    out[401] = problem('Not signed in.');
    out[403] = problem('Signed in, but without the permission (or from a portal).');
  }
  if (url.includes(':')) out[404] = problem('No such record in this workspace.');
  if (method !== 'GET') {
    out[409] = problem(
      versioned
        ? 'The version is stale: read the record again.'
        : 'Conflicts with the current state.',
    );
    out[422] = problem('Well formed, but against a rule of the business.');
  }
  if (schema.body || method === 'POST') out[413] = problem('The body is too large.');
  return out;
}
