import { describe, expect, it } from 'vitest';
import { dialects } from '../test/databases.ts';
import { call, login, useHarness } from '../test/harness.ts';
import { DEMO_LOGIN, seedDemoIfEmpty } from './demo.ts';

describe.each(dialects)('demo seed on %s', (dialect) => {
  const h = useHarness(dialect);

  it('fills an empty database once, and never touches one that has users', async () => {
    const deps = { db: h.db, config: h.config, clock: h.clock };
    expect(await seedDemoIfEmpty(deps)).toBe(true);
    expect(await seedDemoIfEmpty(deps)).toBe(false);
    const cookie = await login(h, DEMO_LOGIN.email, DEMO_LOGIN.password);
    const clients = (await call(h, { method: 'GET', url: '/api/v1/clients', cookie })).json().items;
    expect(clients).toHaveLength(3);
    expect(clients.reduce((n: number, c: { contactCount: number }) => n + c.contactCount, 0)).toBe(
      6,
    );
    const pipeline = (
      await call(h, { method: 'GET', url: '/api/v1/opportunities/pipeline', cookie })
    ).json();
    expect(pipeline.stages.map((s: { count: number }) => s.count)).toEqual([1, 1, 1, 1, 1, 1]);
    const suppliers = (await call(h, { method: 'GET', url: '/api/v1/suppliers', cookie })).json()
      .items;
    expect(suppliers.map((s: { status: string }) => s.status).sort()).toEqual([
      'approved',
      'onboarding',
      'suspended',
    ]);
    const audit = (await call(h, { method: 'POST', url: '/api/v1/audit/verify', cookie })).json();
    expect(audit.ok).toBe(true);
  });
});
