import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../db/database.ts';

const MAIN = resolve(import.meta.dirname, '../main.ts');

/** A port nobody listens on now. */
async function freePort(): Promise<number> {
  const s = createServer().listen(0, '127.0.0.1');
  await once(s, 'listening');
  const { port } = s.address() as { port: number };
  s.close();
  return port;
}

/** The processes the primary runs, by role, read from /proc as an operator would. */
function childrenOf(pid: number): { pid: number; role: string }[] {
  const list = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
  return list
    ? list.split(' ').map((p) => {
        const env = readFileSync(`/proc/${p}/environ`, 'utf8');
        return { pid: Number(p), role: /PONTIS_PROCESS=(\w+)/.exec(env)?.[1] ?? '?' };
      })
    : [];
}

/** Polls until `check` holds: the processes move on their own time, so no fixed waits. */
async function until<T>(
  check: () => T | Promise<T>,
  what: string,
): Promise<Exclude<T, false | null | undefined>> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const result = await check();
      if (result) return result as Exclude<T, false | null | undefined>;
    } catch {}
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setImmediate(r));
  }
}

describe('npm start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pontis-processes-'));
  let primary: ChildProcess;
  let base: string;
  let output = '';

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    primary = spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        DATABASE_URL: join(dir, 'pontis.db'),
        PORT: String(port),
        HOST: '127.0.0.1',
        WEB_CONCURRENCY: '2',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    primary.stdout?.on('data', (c) => (output += c));
    primary.stderr?.on('data', (c) => (output += c));
    await until(() => output.includes('Pontis is running'), 'the start-up banner');
  }, 60_000);

  afterAll(() => {
    if (primary.exitCode === null) primary.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves from two HTTP processes and runs background work in one worker process', async () => {
    const pid = primary.pid as number;
    expect(
      childrenOf(pid)
        .map((c) => c.role)
        .sort(),
    ).toEqual(['http', 'http', 'worker']);
    expect(output).toContain('Sign in as admin@pontis.local');
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    // The daily jobs ran on start-up, in the worker: nothing else starts the job runner.
    const db = createDb({ dialect: 'sqlite', file: join(dir, 'pontis.db') });
    try {
      const done = await until(async () => {
        const rows = await db
          .selectFrom('jobs')
          .select('name')
          .where('done_at', 'is not', null)
          .execute();
        return rows.some((r) => r.name === 'contracts.lifecycle') && rows;
      }, 'the daily jobs');
      expect(done.length).toBeGreaterThan(5);
    } finally {
      await db.destroy();
    }
  });

  it('counts the requests of every process in /metrics, with the memory of each', async () => {
    for (let i = 0; i < 20; i++) expect((await fetch(`${base}/api/v1/me`)).status).toBe(401);
    const text = await (await fetch(`${base}/metrics`)).text();
    const served =
      /http_requests_total\{method="GET",route="\/api\/v1\/me",status="401"\} (\d+)/.exec(text);
    expect(Number(served?.[1])).toBe(20);
    const processes = [...text.matchAll(/process_resident_memory_bytes\{process="([\w-]+)"\}/g)];
    expect(processes.map((m) => (m[1] as string).replace(/\d+/, 'n')).sort()).toEqual([
      'http-n',
      'http-n',
      'worker',
    ]);
  });

  it('replaces an HTTP process that dies', async () => {
    const pid = primary.pid as number;
    const victim = childrenOf(pid).find((c) => c.role === 'http') as { pid: number };
    process.kill(victim.pid, 'SIGKILL');
    const replaced = await until(() => {
      const now = childrenOf(pid);
      return (
        now.filter((c) => c.role === 'http').length === 2 &&
        !now.some((c) => c.pid === victim.pid) &&
        now
      );
    }, 'a new HTTP process');
    expect(replaced.map((c) => c.role).sort()).toEqual(['http', 'http', 'worker']);
    expect((await until(() => fetch(`${base}/healthz`), 'a served request')).status).toBe(200);
  });

  it('stops every process on SIGTERM and exits cleanly', async () => {
    const children = childrenOf(primary.pid as number);
    const exited = once(primary, 'exit');
    primary.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
    for (const c of children) expect(() => process.kill(c.pid, 0)).toThrow();
  });
});
