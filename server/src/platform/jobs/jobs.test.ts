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
    await signedIn(h); // a workspace, in Shanghai as every new one, for the daily jobs to serve
    const runner = createJobRunner(h.db, h.clock);
    const ran: string[] = [];
    runner.every('first', daily('00:00'), async () => {
      throw new Error('broken');
    });
    runner.every('second', daily('00:10'), async () => void ran.push('second'));
    await runner.tick();
    expect(ran).toEqual(['second']);
    const rows = await h.db
      .selectFrom('jobs')
      .select(['name', 'run_at', 'last_error', 'done_at'])
      .where('attempts', '>', 0)
      .execute();
    expect(rows.find((r) => r.name === 'first')).toMatchObject({ last_error: 'Error: broken' });
    // 00:10 on 27 November in Shanghai (UTC+8).
    expect(rows.find((r) => r.name === 'second')).toMatchObject({
      run_at: '2026-11-26T16:10:00.000Z',
      done_at: h.clock.now().toISOString(),
    });
  });

  it('runs a daily job at its local time in each time zone, for the workspaces there', async () => {
    const shanghai = await signedIn(h);
    const newYork = await signedIn(h);
    await h.db
      .updateTable('workspaces')
      .set({ time_zone: 'America/New_York' })
      .where('id', '=', newYork.workspaceId)
      .execute();
    const runs: { today: string; workspaceIds: readonly string[] | null }[] = [];
    const runner = createJobRunner(h.db, h.clock);
    runner.every('local.daily', daily('00:05'), async (_payload, { scope }) => {
      if (scope) runs.push(scope);
    });
    // 09:00 UTC on the 27th: 17:00 in Shanghai, 04:00 in New York; both have passed 00:05.
    await runner.tick();
    const inNewYork = runs.find((r) => r.workspaceIds?.includes(newYork.workspaceId));
    const inShanghai = runs.find((r) => r.workspaceIds?.includes(shanghai.workspaceId));
    expect(inNewYork).toEqual({ today: '2026-11-27', workspaceIds: [newYork.workspaceId] });
    expect(inShanghai?.today).toBe('2026-11-27');
    expect(inShanghai?.workspaceIds).not.toContain(newYork.workspaceId);
    // The next runs are written ahead, each at 00:05 where it runs.
    const ahead = await h.db
      .selectFrom('jobs')
      .select(['run_at', 'payload'])
      .where('name', '=', 'local.daily')
      .where('done_at', 'is', null)
      .orderBy('run_at')
      .execute();
    expect(ahead.map((j) => j.run_at)).toEqual([
      '2026-11-27T16:05:00.000Z',
      '2026-11-28T05:05:00.000Z',
    ]);
    // Past midnight in Shanghai, before it in New York: only Shanghai's new day runs.
    runs.length = 0;
    h.clock.advance(7 * HOUR + 6 * 60_000);
    await runner.tick();
    expect(runs.map((r) => r.today)).toEqual(['2026-11-28']);
    expect(runs[0]?.workspaceIds).toContain(shanghai.workspaceId);
  });

  it('shows admins each job: its last run and how long it took, failures, and the next run', async () => {
    const owner = await signedIn(h);
    const runner = createJobRunner(h.db, h.clock);
    runner.every('report.slow', every(HOUR), async () => void h.clock.advance(1500));
    runner.every('report.broken', every(HOUR), async () => {
      throw new Error('mail server said no to workspace 42');
    });
    await runner.tick();
    const slot = Math.floor(h.clock.now().getTime() / HOUR) * HOUR;
    const res = await call(h, { method: 'GET', url: '/api/v1/jobs', cookie: owner.cookie });
    expect(res.statusCode).toBe(200);
    const byName = new Map(res.json().items.map((j: { name: string }) => [j.name, j]));
    expect(byName.get('report.slow')).toMatchObject({
      lastRun: { outcome: 'done', durationMs: 1500 },
      runningSince: null,
      retrying: false,
      nextRunAt: new Date(slot + HOUR).toISOString(),
      runsLast30Days: 1,
      failuresLast30Days: 0,
    });
    // A failed attempt waits for its retry; the next run is that retry, and no error text shows.
    const broken = byName.get('report.broken') as Record<string, unknown>;
    expect(broken).toMatchObject({ lastRun: null, retrying: true });
    expect(Date.parse(broken.nextRunAt as string)).toBeGreaterThan(h.clock.now().getTime());
    expect(res.body).not.toContain('workspace 42');
    const member = await signedIn(h, { workspaceId: owner.workspaceId, role: 'member' });
    expect(
      (await call(h, { method: 'GET', url: '/api/v1/jobs', cookie: member.cookie })).statusCode,
    ).toBe(403);
  });

  it('retries a failing job with backoff and gives up after five attempts, keeping the error', async () => {
    const logged: string[] = [];
    // Runs left by earlier tests fail here too (no handler): only this job's are counted.
    const runner = createJobRunner(h.db, h.clock, (job, err) => {
      if (job.name === 'flaky') logged.push(`${job.attempts} ${job.gaveUp} ${String(err)}`);
    });
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
    // Every attempt reaches the log, the last saying it was given up.
    expect(logged).toHaveLength(5);
    expect(logged[4]).toBe('5 true Error: still down');
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
    await housekeeping({}, { db: h.db, clock: h.clock, scope: null });
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
