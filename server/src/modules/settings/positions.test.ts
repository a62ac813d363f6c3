import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../db/migrator.ts';
import { dialects, freshDatabase } from '../../test/databases.ts';
import {
  auditCount,
  call,
  positionId,
  type Session,
  signedIn,
  useHarness,
} from '../../test/harness.ts';
import { timeWorld } from '../time/time.fixture.ts';

describe.each(dialects)('positions on %s', (dialect) => {
  const h = useHarness(dialect);
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });
  const send = (s: Session, method: 'POST' | 'PATCH', url: string, payload: object) =>
    call(h, { method, url, cookie: s.cookie, payload });

  it('keeps a bilingual catalogue: unique names, renamed in place, retired from pickers', async () => {
    const owner = await signedIn(h);
    const before = await auditCount(h, owner.workspaceId);
    const made = await send(owner, 'POST', '/api/v1/positions', {
      nameEn: 'Java developer',
      nameZh: 'Java 开发工程师',
    });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ nameEn: 'Java developer', active: true, version: 1 });
    const id = made.json().id;
    const twin = await send(owner, 'POST', '/api/v1/positions', {
      nameEn: 'JAVA DEVELOPER',
      nameZh: '别名',
    });
    expect(twin.statusCode).toBe(409);
    const renamed = await send(owner, 'PATCH', `/api/v1/positions/${id}`, {
      version: 1,
      nameZh: 'Java 工程师',
    });
    expect(renamed.json()).toMatchObject({ nameZh: 'Java 工程师', version: 2 });
    expect(
      (await send(owner, 'PATCH', `/api/v1/positions/${id}`, { version: 1, active: false }))
        .statusCode,
    ).toBe(409);
    await send(owner, 'PATCH', `/api/v1/positions/${id}`, { version: 2, active: false });
    expect((await get(owner, '/api/v1/positions')).json().items).toEqual([]);
    expect((await get(owner, '/api/v1/positions?includeInactive=true')).json().items).toHaveLength(
      1,
    );
    expect(await auditCount(h, owner.workspaceId)).toBe(before + 3);

    // A retired position names no new record; another workspace's is no position at all.
    const rate = (positionId: string) =>
      send(owner, 'POST', '/api/v1/rate-card/rates', {
        positionId,
        seniority: 'senior',
        unit: 'hour',
        rateMinor: 9000,
        effectiveFrom: '2026-01-01',
      });
    const retired = await rate(id);
    expect(retired.statusCode).toBe(400);
    expect(retired.json().errors).toHaveProperty('body.positionId');
    const stranger = await signedIn(h);
    const theirs = await positionId(h, stranger, 'Tester');
    expect((await rate(theirs)).statusCode).toBe(400);
    expect((await get(owner, `/api/v1/positions/${theirs}`)).statusCode).toBe(404);
  });

  it('lets settings readers read the catalogue and only settings writers change it', async () => {
    const owner = await signedIn(h);
    const member = await signedIn(h, { workspaceId: owner.workspaceId, role: 'member' });
    await positionId(h, owner, 'Analyst');
    expect((await get(member, '/api/v1/positions')).json().items).toHaveLength(1);
    const refused = await send(member, 'POST', '/api/v1/positions', { nameEn: 'x', nameZh: 'x' });
    expect(refused.statusCode).toBe(403);
  });

  it('warns when a booking’s position has no client rate, and prices a supplier worker by position', async () => {
    const w = await timeWorld(h);
    const tester = await positionId(h, w.owner, 'Tester');
    const booking = (positionId: string) =>
      send(w.owner, 'POST', '/api/v1/assignments', {
        personId: w.annaPerson.id,
        projectId: w.project.id,
        positionId,
        startDate: '2027-04-01',
        endDate: '2027-04-30',
        hoursPerWeek: 10,
      });
    const unpriced = await booking(tester);
    expect(unpriced.statusCode).toBe(201);
    expect(unpriced.json()).toMatchObject({
      position: { id: tester, nameEn: 'Tester' },
      warnings: [{ code: 'no_client_rate' }],
    });
    expect((await booking(w.java)).json().warnings).toEqual([]);
    // Carl's cost is his supplier card's rate for his position and grade, not a matching title.
    const cost = await get(w.owner, `/api/v1/people/${w.carlPerson.id}/cost-on?day=2026-12-01`);
    expect(cost.json()).toMatchObject({ rateMinor: 9000, source: 'supplier_contract' });
    await send(w.owner, 'PATCH', `/api/v1/people/${w.carlPerson.id}`, {
      version: w.carlPerson.version,
      positionId: tester,
    });
    const none = await get(w.owner, `/api/v1/people/${w.carlPerson.id}/cost-on?day=2026-12-01`);
    expect(none.json()).toMatchObject({ rateMinor: null, source: null });
  });
});

describe.each(dialects)('the positions migration on %s', (dialect) => {
  it('turns the texts that named positions into one catalogue entry each, by workspace', async () => {
    const { db, drop } = await freshDatabase(dialect, '0042-workspace-locale');
    try {
      const now = new Date().toISOString();
      for (const id of ['ws-a', 'ws-b']) {
        await sql`insert into workspaces (id, name, base_currency, created_at, updated_at)
          values (${id}, ${id}, ${'EUR'}, ${now}, ${now})`.execute(db);
      }
      const rate = (id: string, workspace: string, role: string) =>
        sql`insert into contract_rates (id, workspace_id, contract_id, role, seniority, unit,
            rate_minor, currency, effective_from, created_at, updated_at)
          values (${id}, ${workspace}, ${null}, ${role}, ${'senior'}, ${'hour'}, ${9000},
            ${'EUR'}, ${'2026-01-01'}, ${now}, ${now})`.execute(db);
      await rate('r1', 'ws-a', 'Java developer');
      await rate('r2', 'ws-b', 'Java developer');
      await sql`insert into people (id, workspace_id, number, kind, name, title, languages,
          status, hours_per_week, part_time_percent, created_at, updated_at)
        values (${'p1'}, ${'ws-a'}, ${'PER-0001'}, ${'employee'}, ${'Anna'}, ${'Java developer'},
          ${'[]'}, ${'active'}, ${40}, ${100}, ${now}, ${now})`.execute(db);
      await migrateToLatest(db);

      const positions = await db
        .selectFrom('positions')
        .select(['id', 'workspace_id', 'name_en', 'name_zh'])
        .orderBy('workspace_id')
        .execute();
      expect(positions.map((p) => [p.workspace_id, p.name_en, p.name_zh])).toEqual([
        ['ws-a', 'Java developer', 'Java developer'],
        ['ws-b', 'Java developer', 'Java developer'],
      ]);
      const [a, b] = positions.map((p) => p.id);
      const rates = await db
        .selectFrom('contract_rates')
        .select(['id', 'position_id'])
        .orderBy('id')
        .execute();
      expect(rates).toEqual([
        { id: 'r1', position_id: a },
        { id: 'r2', position_id: b },
      ]);
      const person = await db.selectFrom('people').select('position_id').executeTakeFirst();
      expect(person?.position_id).toBe(a);
    } finally {
      await drop();
    }
  });
});
