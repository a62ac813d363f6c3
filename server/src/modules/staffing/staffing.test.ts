import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import {
  auditCount,
  bindParty,
  call,
  positionId,
  type Session,
  signedIn,
  useHarness,
} from '../../test/harness.ts';

describe.each(dialects)('staffing on %s', (dialect) => {
  const h = useHarness(dialect);
  const send = (s: Session, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    call(h, { method, url, cookie: s.cookie, ...(payload ? { payload } : {}) });
  const post = (s: Session, url: string, payload: object) => send(s, 'POST', url, payload);
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });

  /** A supplier approved and its contract in force, as onboarding and signing leave them. */
  async function supplierInForce(owner: Session, name: string, contractEnd = '2027-12-31') {
    const supplier = (await post(owner, '/api/v1/suppliers', { name })).json();
    const contract = (
      await post(owner, '/api/v1/contracts', {
        partyType: 'supplier',
        supplierId: supplier.id,
        type: 'sow',
        title: `${name} team`,
        currency: 'EUR',
        valueMinor: 1_000_000,
        startDate: '2026-01-01',
        endDate: contractEnd,
        billingModel: 'time_and_materials',
      })
    ).json();
    await post(owner, `/api/v1/contracts/${contract.id}/rates`, {
      positionId: await positionId(h, owner, 'Java developer'),
      seniority: 'senior',
      unit: 'hour',
      rateMinor: 9_000,
      effectiveFrom: '2026-01-01',
    });
    await h.db
      .updateTable('suppliers')
      .set({ status: 'approved' })
      .where('id', '=', supplier.id)
      .execute();
    await h.db
      .updateTable('contracts')
      .set({ status: 'active' })
      .where('id', '=', contract.id)
      .execute();
    return { supplier, contract };
  }

  async function team(owner: Session) {
    const skill = async (nameEn: string) =>
      (
        await post(owner, '/api/v1/skills', { category: 'Development', nameEn, nameZh: nameEn })
      ).json().id as string;
    const java = await skill('Java');
    const spring = await skill('Spring');
    const sql = await skill('SQL');
    const javaDeveloper = await positionId(h, owner, 'Java developer');
    const person = async (body: object, skills: [string, number][], rate?: number) => {
      const p = (await post(owner, '/api/v1/people', body)).json();
      for (const [skillId, proficiency] of skills) {
        await call(h, {
          method: 'PUT',
          url: `/api/v1/people/${p.id}/skills/${skillId}`,
          cookie: owner.cookie,
          payload: { proficiency },
        });
      }
      if (rate) {
        await post(owner, `/api/v1/people/${p.id}/cost-rates`, {
          rateMinor: rate,
          currency: 'EUR',
          effectiveFrom: '2026-01-01',
        });
      }
      return p.id as string;
    };
    const expert = await person(
      {
        kind: 'employee',
        name: 'Anna Expert',
        timeZone: 'Europe/Berlin',
        languages: [{ code: 'en', level: 'fluent' }],
      },
      [
        [java, 5],
        [spring, 4],
        [sql, 4],
      ],
      7_000,
    );
    const junior = await person(
      { kind: 'employee', name: 'Ben Junior', timeZone: 'Asia/Shanghai' },
      [[java, 2]],
      4_000,
    );
    const { supplier, contract } = await supplierInForce(owner, 'Baltic Dev');
    const worker = await person(
      {
        kind: 'supplier_worker',
        name: 'Carl Worker',
        positionId: javaDeveloper,
        grade: 'senior',
        supplierId: supplier.id,
        supplierContractId: contract.id,
        timeZone: 'Europe/Riga',
        languages: [{ code: 'en', level: 'working' }],
      },
      [
        [java, 4],
        [spring, 3],
        [sql, 3],
      ],
    );
    const short = await supplierInForce(owner, 'Short Contract Ltd', '2027-01-31');
    const outsider = await person(
      {
        kind: 'supplier_worker',
        name: 'Dora Outside',
        positionId: javaDeveloper,
        grade: 'senior',
        supplierId: short.supplier.id,
        supplierContractId: short.contract.id,
      },
      [[java, 5]],
    );
    return {
      java,
      spring,
      sql,
      javaDeveloper,
      expert,
      junior,
      worker,
      outsider,
      supplier,
      contract,
    };
  }

  const request = (t: Awaited<ReturnType<typeof team>>, extra: object = {}) => ({
    positionId: t.javaDeveloper,
    seniority: 'senior',
    skills: [
      { skillId: t.java, minProficiency: 4, weight: 5 },
      { skillId: t.spring, minProficiency: 3, weight: 3 },
      { skillId: t.sql, minProficiency: 3, weight: 2 },
    ],
    languages: [{ code: 'en', level: 'fluent' }],
    utcOffsetMin: 0,
    utcOffsetMax: 180,
    hoursPerWeek: 40,
    startDate: '2026-12-07',
    endDate: '2027-03-26',
    maxRateMinor: 8_000,
    currency: 'EUR',
    ...extra,
  });

  it('ranks candidates by skills, availability, fit and cost, each component shown', async () => {
    const owner = await signedIn(h);
    const t = await team(owner);
    const created = await post(owner, '/api/v1/staffing/requests', request(t));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ number: 'STF-0001', status: 'open', filled: 0 });
    expect(created.json().skills).toHaveLength(3);
    const csv = await get(owner, '/api/v1/staffing/requests/export?format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('"STF-0001","Java developer","senior"');
    // Found by its number or its position's name, in either language.
    const found = async (q: string) =>
      (await get(owner, `/api/v1/staffing/requests?q=${encodeURIComponent(q)}`))
        .json()
        .items.map((r: { number: string }) => r.number);
    expect(await found('java dev')).toEqual(['STF-0001']);
    expect(await found('STF-0001')).toEqual(['STF-0001']);
    expect(await found('Analyst')).toEqual([]);

    const res = await get(owner, `/api/v1/staffing/requests/${created.json().id}/candidates`);
    expect(res.statusCode).toBe(200);
    const ranked = res.json().items;
    // Dora's contract ends before the window does: she is not a candidate.
    expect(ranked.map((c: { person: { name: string } }) => c.person.name)).toEqual([
      'Anna Expert',
      'Carl Worker',
      'Ben Junior',
    ]);
    const [anna, carl, ben] = ranked;
    expect(anna.components.skills.value).toBe(1);
    expect(anna.components.availability.value).toBe(1);
    expect(anna.components.cost).toMatchObject({ value: 1, rateMinor: 7_000, currency: 'EUR' });
    expect(anna.score).toBe(100);
    // Carl: Java 4 of 4, Spring 3 of 3, SQL 3 of 3; English only working; costs 9,000 > 8,000.
    expect(carl.components.skills.value).toBe(1);
    expect(carl.components.fit.languages).toBe(0.5);
    expect(carl.components.cost.rateMinor).toBe(9_000);
    expect(carl.components.cost.value).toBeCloseTo(0.75);
    // Ben: Java 2 of 4 (half of weight 5) and nothing else: 2.5 / 10.
    expect(ben.components.skills.value).toBeCloseTo(0.25);
    expect(ben.components.skills.detail).toContainEqual({
      skillId: t.sql,
      proficiency: null,
      minimum: 3,
    });
    expect(ben.components.fit.timeZone).toBe(0);
    for (const c of ranked) {
      const { skills, availability, fit, cost } = c.components;
      const sum = skills.value * 50 + availability.value * 30 + fit.value * 10 + cost.value * 10;
      expect(c.score).toBeCloseTo(sum, 0);
    }

    // A booking elsewhere takes Anna's hours: she drops, and her availability says why.
    const booked = await post(owner, '/api/v1/assignments', {
      personId: t.expert,
      positionId: await positionId(h, owner, 'Architect'),
      startDate: '2026-12-07',
      endDate: '2027-03-26',
      hoursPerWeek: 30,
      status: 'confirmed',
    });
    expect(booked.statusCode).toBe(201);
    const after = (
      await get(owner, `/api/v1/staffing/requests/${created.json().id}/candidates`)
    ).json().items;
    const annaAfter = after.find((c: { person: { id: string } }) => c.person.id === t.expert);
    expect(annaAfter.components.availability.averageFreeHours).toBeLessThanOrEqual(10);
    expect(after[0].person.name).toBe('Carl Worker');
  });

  it('warns of over-allocation and needs a contract rate to confirm a supplier worker', async () => {
    const owner = await signedIn(h);
    const t = await team(owner);
    const stf = (await post(owner, '/api/v1/staffing/requests', request(t))).json();
    const [architect, tester] = [
      await positionId(h, owner, 'Architect'),
      await positionId(h, owner, 'Tester'),
    ];
    const before = await auditCount(h, owner.workspaceId);
    const first = await post(owner, '/api/v1/assignments', {
      personId: t.junior,
      requestId: stf.id,
      positionId: t.javaDeveloper,
      startDate: '2026-12-07',
      endDate: '2026-12-31',
      hoursPerWeek: 30,
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ status: 'proposed', overAllocated: [] });
    const second = await post(owner, '/api/v1/assignments', {
      personId: t.junior,
      positionId: tester,
      startDate: '2026-12-14',
      endDate: '2026-12-20',
      hoursPerWeek: 20,
    });
    expect(second.json().overAllocated).toEqual([
      { week: '2026-12-14', bookedHours: 50, capacityHours: 40 },
    ]);
    expect(await auditCount(h, owner.workspaceId)).toBe(before + 2);
    const names = async (query: string) =>
      (await get(owner, `/api/v1/people?${query}`))
        .json()
        .items.map((p: { name: string }) => p.name);
    expect(await names(`skillId=${t.java}&minProficiency=4`)).toEqual([
      'Anna Expert',
      'Carl Worker',
      'Dora Outside',
    ]);
    expect(await names(`skillId=${t.java}&freeFrom=2026-12-14&freeTo=2026-12-20`)).not.toContain(
      'Ben Junior',
    );
    expect(await names(`skillId=${t.java}&freeFrom=2027-01-04&freeTo=2027-01-10`)).toContain(
      'Ben Junior',
    );

    // Confirming a supplier worker for a role their contract has no rate for: 422, nothing saved.
    const noRate = await post(owner, '/api/v1/assignments', {
      personId: t.worker,
      positionId: architect,
      startDate: '2026-12-07',
      endDate: '2027-03-26',
      hoursPerWeek: 40,
      status: 'confirmed',
    });
    expect(noRate.statusCode).toBe(422);
    const beyond = await post(owner, '/api/v1/assignments', {
      personId: t.outsider,
      positionId: t.javaDeveloper,
      startDate: '2026-12-07',
      endDate: '2027-03-26',
      hoursPerWeek: 40,
      status: 'confirmed',
    });
    expect(beyond.statusCode).toBe(422);
    const ok = await post(owner, '/api/v1/assignments', {
      personId: t.worker,
      requestId: stf.id,
      positionId: t.javaDeveloper,
      startDate: '2026-12-07',
      endDate: '2027-03-26',
      hoursPerWeek: 40,
      status: 'confirmed',
    });
    expect(ok.statusCode).toBe(201);
    expect((await get(owner, `/api/v1/staffing/requests/${stf.id}`)).json().filled).toBe(1);

    const confirm = await send(owner, 'PATCH', `/api/v1/assignments/${first.json().id}`, {
      version: 1,
      status: 'confirmed',
    });
    expect(confirm.json()).toMatchObject({ status: 'confirmed', version: 2 });
    expect(
      (
        await send(owner, 'PATCH', `/api/v1/assignments/${first.json().id}`, {
          version: 1,
          hoursPerWeek: 5,
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (await send(owner, 'DELETE', `/api/v1/assignments/${second.json().id}`)).statusCode,
    ).toBe(204);
    const list = (await get(owner, `/api/v1/assignments?personId=${t.junior}`)).json();
    expect(list.items).toHaveLength(1);
  });

  it('shows booked hours against capacity per week, holidays and leave taken off', async () => {
    const owner = await signedIn(h);
    const t = await team(owner);
    await post(owner, '/api/v1/assignments', {
      personId: t.expert,
      positionId: await positionId(h, owner, 'Architect'),
      startDate: '2026-11-30',
      endDate: '2027-02-26',
      hoursPerWeek: 48,
      status: 'confirmed',
    });
    await post(owner, '/api/v1/assignments', {
      personId: t.junior,
      positionId: await positionId(h, owner, 'Developer'),
      startDate: '2026-11-30',
      endDate: '2026-12-31',
      hoursPerWeek: 20,
    });
    const map = (await get(owner, '/api/v1/staffing/utilization?from=2026-11-30&weeks=12')).json();
    expect(map.weeks).toHaveLength(12);
    expect(map.weeks[0]).toBe('2026-11-30');
    const row = (name: string) =>
      map.items.find((r: { person: { name: string } }) => r.person.name === name);
    expect(row('Anna Expert').cells[0]).toEqual({ confirmed: 48, proposed: 0, capacity: 40 });
    expect(row('Ben Junior').cells[0]).toEqual({ confirmed: 0, proposed: 20, capacity: 40 });
    expect(row('Ben Junior').cells[5]).toEqual({ confirmed: 0, proposed: 0, capacity: 40 });
    expect(map.totals[0].confirmedHours).toBe(48);

    const onlyBaltic = (
      await get(owner, `/api/v1/staffing/utilization?from=2026-11-30&supplierId=${t.supplier.id}`)
    ).json();
    expect(onlyBaltic.items.map((r: { person: { name: string } }) => r.person.name)).toEqual([
      'Carl Worker',
    ]);

    const bench = (await get(owner, '/api/v1/staffing/bench?weeks=4&threshold=50')).json().items;
    const names = bench.map((b: { person: { name: string } }) => b.person.name);
    expect(names).toContain('Ben Junior');
    expect(names).not.toContain('Anna Expert');
  });

  it('shows the skills matrix and the gap between open requests and the people who have the skills', async () => {
    const owner = await signedIn(h);
    const t = await team(owner);
    await post(owner, '/api/v1/staffing/requests', request(t, { headcount: 4 }));
    const gap = (await get(owner, '/api/v1/staffing/skill-gap')).json().items;
    const java = gap.find((g: { skill: { id: string } }) => g.skill.id === t.java);
    expect(java).toMatchObject({ minimum: 4, needed: 4, available: 3, gap: 1 });
    expect(gap[0].skill.id).toBe(t.spring);

    const matrix = (await get(owner, '/api/v1/skills/matrix?category=Development')).json();
    expect(matrix.skills.map((s: { nameEn: string }) => s.nameEn)).toEqual([
      'Java',
      'Spring',
      'SQL',
    ]);
    const ben = matrix.rows.find(
      (r: { person: { name: string } }) => r.person.name === 'Ben Junior',
    );
    expect(ben.levels).toEqual([2, null, null]);
    const english = (await get(owner, '/api/v1/skills/matrix?language=en')).json();
    expect(
      english.rows.map((r: { person: { name: string; supplier: string | null } }) => [
        r.person.name,
        r.person.supplier,
      ]),
    ).toEqual([
      ['Anna Expert', null],
      ['Carl Worker', 'Baltic Dev'],
    ]);
  });

  it('keeps staffing to those allowed, and a supplier portal to its own workers’ bookings', async () => {
    const owner = await signedIn(h);
    const t = await team(owner);
    const stf = (await post(owner, '/api/v1/staffing/requests', request(t))).json();
    await post(owner, '/api/v1/assignments', {
      personId: t.worker,
      positionId: await positionId(h, owner, 'Java developer'),
      startDate: '2026-12-07',
      endDate: '2026-12-31',
      hoursPerWeek: 40,
    });
    await post(owner, '/api/v1/assignments', {
      personId: t.expert,
      positionId: await positionId(h, owner, 'Architect'),
      startDate: '2026-12-07',
      endDate: '2026-12-31',
      hoursPerWeek: 40,
    });
    const portal = await signedIn(h, { workspaceId: owner.workspaceId, role: 'supplier_portal' });
    await bindParty(h, portal, { type: 'supplier', id: t.supplier.id });
    const theirs = (await get(portal, '/api/v1/assignments')).json().items;
    expect(theirs.map((a: { person: { name: string } }) => a.person.name)).toEqual(['Carl Worker']);
    expect((await get(portal, `/api/v1/staffing/requests/${stf.id}`)).statusCode).toBe(403);

    // Delivery staffs without seeing costs: the cost component stays, the amount does not.
    const delivery = await signedIn(h, {
      workspaceId: owner.workspaceId,
      role: 'delivery_manager',
    });
    const ranked = (await get(delivery, `/api/v1/staffing/requests/${stf.id}/candidates`)).json()
      .items;
    expect(ranked[0].components.cost.rateMinor).toBeNull();
    expect(ranked[0].components.cost.value).toBeGreaterThan(0);

    const other = await signedIn(h);
    expect((await get(other, `/api/v1/staffing/requests/${stf.id}`)).statusCode).toBe(404);
    expect((await get(other, `/api/v1/staffing/requests/${stf.id}/candidates`)).statusCode).toBe(
      404,
    );
    const bad = await post(
      owner,
      '/api/v1/staffing/requests',
      request(t, { endDate: '2026-01-01' }),
    );
    expect(bad.statusCode).toBe(400);
    const noCurrency = await post(
      owner,
      '/api/v1/staffing/requests',
      request(t, { currency: null }),
    );
    expect(noCurrency.statusCode).toBe(400);
    const foreignSkill = await post(
      other,
      '/api/v1/staffing/requests',
      request(t, { currency: 'EUR' }),
    );
    expect(foreignSkill.statusCode).toBe(400);
  });
});
