import { createHash } from 'node:crypto';
import fastifyApiReference from '@scalar/fastify-api-reference';
import type { FastifyInstance } from 'fastify';

const PREFIX = '/api/docs';
const INLINE_SCRIPT = /<script type="text\/javascript">([\s\S]*?)<\/script>/;

/**
 * The browsable reference at /api/docs (Scalar), over the document served at
 * /api/openapi.json. Its page starts the viewer with one inline script; the content security
 * policy allows exactly that script, by its hash, and no other.
 */
export async function registerApiDocs(app: FastifyInstance): Promise<void> {
  await app.register(fastifyApiReference, {
    routePrefix: PREFIX,
    logLevel: 'warn',
    configuration: { title: 'Pontis API', url: '/api/openapi.json' },
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith(PREFIX) || typeof payload !== 'string') return payload;
    const inline = INLINE_SCRIPT.exec(payload)?.[1];
    const policy = reply.getHeader('content-security-policy');
    if (inline && typeof policy === 'string') {
      const hash = createHash('sha256').update(inline).digest('base64');
      reply.header(
        'content-security-policy',
        policy.replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`),
      );
    }
    return payload;
  });
}
