import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { promisify } from 'node:util';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrator.ts';
import { dialects } from '../../test/databases.ts';
import { call, signedIn, useHarness } from '../../test/harness.ts';

describe.each(dialects)('operations endpoints on %s', (dialect) => {
  const h = useHarness(dialect);

  it('answers health, readiness and Prometheus metrics without a session', async () => {
    expect((await call(h, { method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await call(h, { method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ready' });
    await call(h, { method: 'GET', url: '/api/v1/me' });
    const metrics = await call(h, { method: 'GET', url: '/metrics' });
    expect(metrics.headers['content-type']).toMatch(/text\/plain/);
    expect(metrics.body).toMatch(
      /http_requests_total\{method="GET",route="\/api\/v1\/me",status="401"\} 1/,
    );
    expect(metrics.body).toMatch(/process_resident_memory_bytes\{process="http-\d+"\} \d+/);
  });

  it('serves an OpenAPI 3.1 document that validates and lists every API route', async () => {
    const doc = (await call(h, { method: 'GET', url: '/api/openapi.json' })).json();
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toMatch(/^3\.1/);
    const ids = new Set<string>();
    for (const route of h.app.apiRoutes) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      const op = doc.paths[path]?.[route.method.toLowerCase()];
      const label = `${route.method} ${path}`;
      expect(op, label).toBeDefined();
      // Each operation is a contract an integrator can build on.
      expect(op.operationId, label).toMatch(/^[a-z][A-Za-z]+$/);
      expect(ids.has(op.operationId), `${label} repeats ${op.operationId}`).toBe(false);
      ids.add(op.operationId);
      expect(op.summary, label).toBeTruthy();
      expect(op.tags?.length, label).toBeGreaterThan(0);
      expect(op['x-permission'], label).toBe(route.access);
      expect(op.description, label).toMatch(/Needs|Public/);
      expect(op.responses['400'].content['application/problem+json'].schema.$ref, label).toBe(
        '#/components/schemas/Problem',
      );
      if (route.access === 'public') expect(op.security, label).toEqual([]);
      else expect(Object.keys(op.responses), label).toEqual(expect.arrayContaining(['401', '403']));
      if (route.versioned) {
        expect(op.responses['409'], label).toBeDefined();
        expect(
          op.parameters.map((p: { name: string }) => p.name),
          label,
        ).toContain('if-match');
      }
    }
    expect(doc.servers).toEqual([{ url: h.config.publicUrl }]);
    expect((await call(h, { method: 'GET', url: '/api/docs' })).statusCode).toBeLessThan(400);
  });

  it('writes only the fields a response schema declares', async () => {
    const s = await signedIn(h);
    const member = (
      await call(h, { method: 'GET', url: '/api/v1/members', cookie: s.cookie })
    ).json().items[0];
    expect(Object.keys(member).sort()).toEqual([
      'createdAt',
      'email',
      'id',
      'name',
      'party',
      'roleId',
      'roleKey',
      'roleName',
      'status',
      'updatedAt',
      'userId',
      'version',
    ]);
    const tokens = (
      await call(h, {
        method: 'POST',
        url: '/api/v1/me/api-tokens',
        cookie: s.cookie,
        payload: { name: 'x' },
      })
    ).json();
    const listed = (
      await call(h, { method: 'GET', url: '/api/v1/me/api-tokens', cookie: s.cookie })
    ).json().items[0];
    expect(listed.token).toBeUndefined();
    expect(listed.id).toBe(tokens.id);
  });

  it('sends security headers and no stack traces', async () => {
    const s = await signedIn(h);
    const res = await call(h, {
      method: 'GET',
      url: '/api/v1/members?limit=9999',
      cookie: s.cookie,
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.body).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe('backup', () => {
  const cli = resolve(import.meta.dirname, '../../cli/backup.ts');
  const run = (file: string, target: string) =>
    promisify(execFile)(process.execPath, [cli, target], {
      env: { ...process.env, DATABASE_URL: file },
    });

  it('finishes a consistent copy of a SQLite database that is written all the while', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pontis-backup-'));
    const file = join(dir, 'live.db');
    const db = createDb({ dialect: 'sqlite', file });
    await migrateToLatest(db);
    await db.destroy();
    const writer = new DatabaseSync(file);
    writer.exec('pragma journal_mode = wal; create table load (x text)');
    const insert = writer.prepare('insert into load values (?)');
    for (let i = 0; i < 5000; i++) insert.run('x'.repeat(500));
    const target = join(dir, 'copy.db');
    let running = true;
    const backup = run(file, target).finally(() => {
      running = false;
    });
    // Writes go on, far faster than a busy server's, until the backup is done.
    let writes = 0;
    while (running) {
      insert.run('y'.repeat(500));
      writes++;
      await new Promise((r) => setImmediate(r));
    }
    const { stdout } = await backup;
    writer.close();
    expect(writes).toBeGreaterThan(0);
    expect(stdout).toMatch(/backup written to .*copy\.db/);
    const copy = new DatabaseSync(target, { readOnly: true });
    const migrations = copy.prepare('select count(*) as n from schema_migrations').get() as {
      n: number;
    };
    const rows = copy.prepare('select count(*) as n from load').get() as { n: number };
    copy.close();
    expect(migrations.n).toBeGreaterThanOrEqual(2);
    expect(rows.n).toBeGreaterThanOrEqual(5000);
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('leaves nothing at the target path when the copy fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pontis-backup-'));
    const file = join(dir, 'not-a-database.db');
    writeFileSync(file, 'this is not SQLite'.repeat(1000));
    const target = join(dir, 'copy.db');
    await expect(run(file, target)).rejects.toThrow(/backup failed/);
    expect(readdirSync(dir).filter((f) => f.startsWith('copy.db'))).toEqual([]);
  });
});
