import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { call, login, signedIn, useHarness } from '../../test/harness.ts';
import { SESSION_IDLE_MS } from '../auth/session-policy.ts';
import { housekeeping } from './housekeeping.ts';
import { createJobRunner, enqueueJob } from './jobs.ts';
import { daily, every } from './schedule.ts';

const HOUR = 60 * 60 * 1000;

describe.each(dialects)('jobs on %s', (dialect) => {
  const h = useHarness(dialect);

  it('runs a periodic job once per slot even with two runners', async () => {
    let runs = 0;
    const a = createJobRunner(h.db, h.clock);
    const b = createJobRunner(h.db, h.clock);
    for (const r of [a, b]) r.every('count', every(HOUR), async () => void runs++);
    await a.tick();
    await b.tick();
    expect(runs).toBe(1);
    h.clock.advance(HOUR);
    await b.tick();
    await a.tick();
    expect(runs).toBe(2);
  });

  it('runs each job on its own: one failing stops none of the others due with it', async () => {
    const runner = createJobRunner(h.db, h.clock);
    const ran: string[] = [];
    runner.every('first', daily('00:00'), async () => {
      throw new Error('broken');
    });
    runner.every('second', daily('00:10'), async () => void ran.push('second'));
    await runner.tick();
    expect(ran).toEqual(['second']);
    const rows = await h.db.selectFrom('jobs').select(['name', 'run_at', 'last_error']).execute();
    const day = h.clock.now().toISOString().slice(0, 10);
    expect(rows.find((r) => r.name === 'first')).toMatchObject({ last_error: 'Error: broken' });
    expect(rows.find((r) => r.name === 'second')?.run_at).toBe(`${day}T00:10:00.000Z`);
  });

  it('retries a failing job with backoff and gives up after five attempts, keeping the error', async () => {
    const runner = createJobRunner(h.db, h.clock);
    let attempts = 0;
    runner.register('flaky', async () => {
      attempts++;
      throw new Error('still down');
    });
    await enqueueJob(h.db, h.clock, { name: 'flaky', uniqueKey: 'flaky-1' });
    for (let i = 0; i < 8; i++) {
      await runner.tick();
      h.clock.advance(2 * HOUR);
    }
    expect(attempts).toBe(5);
    const row = await h.db
      .selectFrom('jobs')
      .selectAll()
      .where('unique_key', '=', 'flaky-1')
      .executeTakeFirstOrThrow();
    expect(row.failed_at).not.toBeNull();
    expect(row.last_error).toMatch(/still down/);
  });

  it('housekeeping removes ended sessions and keeps live ones', async () => {
    const s = await signedIn(h);
    const stale = await login(h, s.email);
    h.clock.advance(SESSION_IDLE_MS - 1000);
    await call(h, { method: 'GET', url: '/api/v1/me', cookie: s.cookie });
    h.clock.advance(2000);
    await housekeeping({}, { db: h.db, clock: h.clock });
    const left = await h.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', s.userId)
      .execute();
    expect(left).toHaveLength(1);
    expect((await call(h, { method: 'GET', url: '/api/v1/me', cookie: s.cookie })).statusCode).toBe(
      200,
    );
    expect((await call(h, { method: 'GET', url: '/api/v1/me', cookie: stale })).statusCode).toBe(
      401,
    );
  });
});
