import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { call, signedIn, useHarness } from '../test/harness.ts';

describe('a full disk', () => {
  const h = useHarness('sqlite');

  it('answers 503 storage_unavailable, writes nothing, and recovers once there is room', async () => {
    const owner = await signedIn(h);
    const create = (name: string) =>
      call(h, {
        method: 'POST',
        url: '/api/v1/clients',
        cookie: owner.cookie,
        payload: { name },
      });
    expect((await create('Before')).statusCode).toBe(201);
    // The database may not grow past the pages it has: as on a disk with no space left.
    const { rows } = await sql<{ page_count: number }>`pragma page_count`.execute(h.db);
    await sql.raw(`pragma max_page_count = ${rows[0]?.page_count}`).execute(h.db);
    let full: Awaited<ReturnType<typeof create>> | undefined;
    for (let i = 0; i < 200 && full?.statusCode !== 503; i++) {
      full = await create(`Crowded ${i} ${'x'.repeat(150)}`);
      expect(full.statusCode, full.body).not.toBe(500);
    }
    expect(full?.statusCode).toBe(503);
    expect(full?.json().type).toMatch(/storage_unavailable$/);
    expect(full?.headers['retry-after']).toBeDefined();
    await sql.raw('pragma max_page_count = 1073741823').execute(h.db);
    expect((await create('After')).statusCode).toBe(201);
    const names = (
      await call(h, { method: 'GET', url: '/api/v1/clients?limit=200', cookie: owner.cookie })
    )
      .json()
      .items.map((c: { name: string }) => c.name);
    expect(names).toContain('After');
    expect(names.filter((n: string) => n === 'Before')).toHaveLength(1);
  });
});
