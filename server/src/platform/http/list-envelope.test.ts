import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEMO_LOGIN, seedDemoIfEmpty } from '../../seed/demo.ts';
import { dialects } from '../../test/databases.ts';
import { call, login, useHarness } from '../../test/harness.ts';
import { systemClock } from '../clock.ts';
import { pageOf, pageQuery } from './pagination.ts';
import { registerPipeline } from './pipeline.ts';

type Schema = { $ref?: string; properties?: Record<string, unknown> };
type Doc = {
  paths: Record<
    string,
    { get?: { responses: Record<string, { content?: Record<string, { schema: Schema }> }> } }
  >;
  components: { schemas: Record<string, Schema> };
};

describe('list declarations', () => {
  const app = Fastify();
  registerPipeline(app, { db: null as never, config: null as never, clock: systemClock });
  const item = z.object({ id: z.string() });
  const list = (url: string, response: z.ZodType, querystring?: z.ZodObject) => () =>
    app.get(url, {
      config: { access: 'authenticated' },
      schema: { response: { 200: response }, ...(querystring ? { querystring } : {}) },
      handler: async () => ({ items: [], nextCursor: null }),
    });

  it('a list shaped other than the one envelope stops the app from starting', () => {
    expect(list('/api/v1/bare', z.array(item))).toThrow(/bare array/);
    expect(list('/api/v1/items', z.object({ items: z.array(item) }), pageQuery)).toThrow(
      /without nextCursor/,
    );
    expect(list('/api/v1/unpaged', pageOf(item))).toThrow(/no limit and cursor/);
    expect(list('/api/v1/paged', pageOf(item), pageQuery)).not.toThrow();
  });
});

/** The sub-resource lists take the id of their parent; the demo has one of each. */
const parents = ['clients', 'contracts', 'projects', 'suppliers', 'people', 'tickets'] as const;
/** Lists that need a filter before they answer anything. */
const requiredQuery: Record<string, (ids: Record<string, string>) => string> = {
  '/api/v1/search': () => '&q=a',
  '/api/v1/supplier-comparison': (ids) => `&ids=${ids.suppliers}`,
  '/api/v1/saved-views': () => '&list=clients',
  '/api/v1/obligations': () => '&dueFrom=2026-11-01&dueBy=2026-12-31',
};

describe.each(dialects)('every list on the demo workspace on %s', (dialect) => {
  const h = useHarness(dialect);

  it('answers { items, nextCursor }, pages with limit and cursor, and refuses a bad cursor', async () => {
    await seedDemoIfEmpty({ db: h.db, config: h.config, clock: h.clock });
    const cookie = await login(h, DEMO_LOGIN.email, DEMO_LOGIN.password);
    const get = async (url: string) => {
      const res = await call(h, { method: 'GET', url, cookie });
      return { status: res.statusCode, body: res.json() };
    };
    const ids: Record<string, string> = {};
    for (const parent of parents) {
      ids[parent] = (await get(`/api/v1/${parent}?limit=1`)).body.items[0].id;
    }
    const doc = (await get('/api/openapi.json')).body as Doc;
    const isPage = (path: string) => {
      let schema = doc.paths[path]?.get?.responses['200']?.content?.['application/json']?.schema;
      if (schema?.$ref) schema = doc.components.schemas[schema.$ref.split('/').pop() as string];
      return Boolean(schema?.properties?.nextCursor);
    };
    const lists = h.app.apiRoutes.filter(
      (r) => r.method === 'GET' && isPage(r.url.replace(/:(\w+)/g, '{$1}')),
    );
    expect(lists.length).toBeGreaterThan(70);

    let walked = 0;
    let paged = 0;
    for (const route of lists) {
      const [, , , parent, param, ...rest] = route.url.split('/');
      // Portal lists answer portal users; lists under a part of a record need that part's id.
      if (route.portal && parent?.endsWith('-portal')) continue;
      if (rest.some((segment) => segment.startsWith(':'))) continue;
      const url =
        param === ':id' ? route.url.replace(':id', ids[parent as string] ?? '') : route.url;
      if (url.includes(':') || url.endsWith('/')) continue;
      const query = requiredQuery[route.url]?.(ids) ?? '';
      const first = await get(`${url}?limit=1${query}`);
      expect(first.status, `${url} ${JSON.stringify(first.body)}`).toBe(200);
      expect(
        Array.isArray(first.body.items),
        `${url} ${JSON.stringify(first.body).slice(0, 300)}`,
      ).toBe(true);
      expect(first.body.items.length, url).toBeLessThanOrEqual(1);
      expect(first.body.nextCursor === null || typeof first.body.nextCursor === 'string').toBe(
        true,
      );
      walked++;
      if (first.body.nextCursor) {
        paged++;
        const cursor = encodeURIComponent(first.body.nextCursor);
        const second = await get(`${url}?limit=1&cursor=${cursor}${query}`);
        expect(second.status, url).toBe(200);
        expect(second.body.items[0], url).not.toEqual(first.body.items[0]);
      }
      expect((await get(`${url}?limit=1&cursor=not-a-cursor${query}`)).status, url).toBe(400);
      expect((await get(`${url}?limit=0${query}`)).status, url).toBe(400);
    }
    expect(walked).toBeGreaterThan(50);
    // The demo fills most lists with more than one row: those prove the cursor moves on.
    expect(paged).toBeGreaterThan(20);
  });
});
