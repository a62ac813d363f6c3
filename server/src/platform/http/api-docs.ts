import { createHash } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';

const PREFIX = '/api/docs';
const INLINE_SCRIPT = /<script type="text\/javascript">([\s\S]*?)<\/script>/;
/** What the viewer's answers keep; the app's own hooks set the rest (CSP, security headers). */
const KEPT_HEADERS = ['content-type', 'cache-control', 'etag', 'last-modified', 'location'];

/**
 * The viewer (Scalar) in an app of its own, made on the first visit. Its module carries the
 * whole browser bundle as one string, some 20 MB of heap once loaded: a server nobody reads
 * the reference on never loads it.
 */
function lazyViewer() {
  let viewer: Promise<FastifyInstance> | undefined;
  return () => {
    viewer ??= (async () => {
      const { default: fastifyApiReference } = await import('@scalar/fastify-api-reference');
      const app = Fastify({ logger: false });
      await app.register(fastifyApiReference, {
        routePrefix: PREFIX,
        configuration: { title: 'Pontis API', url: '/api/openapi.json' },
      });
      await app.ready();
      return app;
    })();
    return viewer;
  };
}

/** The content security policy allows the page's one inline script, by its hash, and no other. */
function allowInlineScript(reply: FastifyReply, html: string) {
  const inline = INLINE_SCRIPT.exec(html)?.[1];
  const policy = reply.getHeader('content-security-policy');
  if (inline && typeof policy === 'string') {
    const hash = createHash('sha256').update(inline).digest('base64');
    reply.header(
      'content-security-policy',
      policy.replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`),
    );
  }
}

/** The browsable reference at /api/docs, over the document served at /api/openapi.json. */
export async function registerApiDocs(app: FastifyInstance): Promise<void> {
  const viewer = lazyViewer();
  const serve = async (request: FastifyRequest, reply: FastifyReply) => {
    const answer = await (await viewer()).inject({ method: 'GET', url: request.url });
    for (const name of KEPT_HEADERS) {
      const value = answer.headers[name];
      if (value !== undefined) reply.header(name, value);
    }
    reply.code(answer.statusCode);
    if (String(answer.headers['content-type']).startsWith('text/html')) {
      allowInlineScript(reply, answer.payload);
      return reply.send(answer.payload);
    }
    return reply.send(answer.rawPayload);
  };
  // The viewer's pages are not operations of the API it shows.
  const options = { logLevel: 'warn' as const, schema: { hide: true } };
  app.get(PREFIX, options, serve);
  app.get(`${PREFIX}/*`, options, serve);
}
