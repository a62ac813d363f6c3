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

describe.each(dialects)('people on %s', (dialect) => {
  const h = useHarness(dialect);
  const send = (s: Session, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    call(h, { method, url, cookie: s.cookie, ...(payload ? { payload } : {}) });
  const post = (s: Session, url: string, payload: object) => send(s, 'POST', url, payload);
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });

  async function supplierWithContract(owner: Session) {
    const supplier = (await post(owner, '/api/v1/suppliers', { name: '智联科技' })).json();
    const contract = (
      await post(owner, '/api/v1/contracts', {
        partyType: 'supplier',
        supplierId: supplier.id,
        type: 'sow',
        title: 'Java team',
        currency: 'CNY',
        valueMinor: 1_000_000,
        startDate: '2026-01-01',
        endDate: '2026-12-31',
        billingModel: 'time_and_materials',
      })
    ).json();
    const javaDeveloper = await positionId(h, owner, 'Java developer');
    await post(owner, `/api/v1/contracts/${contract.id}/rates`, {
      positionId: javaDeveloper,
      seniority: 'senior',
      unit: 'hour',
      rateMinor: 18_000,
      effectiveFrom: '2026-01-01',
    });
    return { supplier, contract, javaDeveloper };
  }

  it('keeps employees and supplier workers, each with what their kind needs', async () => {
    const owner = await signedIn(h);
    const { supplier, contract, javaDeveloper } = await supplierWithContract(owner);
    const lead = await post(owner, '/api/v1/people', {
      kind: 'employee',
      name: '李娜',
      email: 'li.na@pontis.example',
      positionId: await positionId(h, owner, 'Delivery lead'),
      department: 'Delivery',
      grade: 'lead',
      languages: [
        { code: 'zh', level: 'native' },
        { code: 'en', level: 'fluent' },
      ],
      startDate: '2024-03-01',
    });
    expect(lead.statusCode).toBe(201);
    expect(lead.json()).toMatchObject({ number: 'PER-0001', status: 'active', hoursPerWeek: 40 });
    const worker = await post(owner, '/api/v1/people', {
      kind: 'supplier_worker',
      name: '王强',
      positionId: javaDeveloper,
      grade: 'senior',
      managerId: lead.json().id,
      supplierId: supplier.id,
      supplierContractId: contract.id,
      partTimePercent: 50,
    });
    expect(worker.json()).toMatchObject({
      supplier: { name: '智联科技' },
      manager: { name: '李娜' },
      partTimePercent: 50,
    });

    const bad = async (body: object) => (await post(owner, '/api/v1/people', body)).statusCode;
    expect(await bad({ kind: 'supplier_worker', name: 'No supplier' })).toBe(400);
    expect(await bad({ kind: 'employee', name: 'x', supplierId: supplier.id })).toBe(400);
    expect(
      await bad({ kind: 'employee', name: 'x', startDate: '2026-02-01', endDate: '2026-01-01' }),
    ).toBe(400);
    const stranger = await signedIn(h);
    const foreign = (
      await post(stranger, '/api/v1/people', { kind: 'employee', name: 'Them' })
    ).json();
    expect(await bad({ kind: 'employee', name: 'x', managerId: foreign.id })).toBe(400);
    const otherSupplier = (await post(owner, '/api/v1/suppliers', { name: 'Other' })).json();
    expect(
      await bad({
        kind: 'supplier_worker',
        name: 'x',
        supplierId: otherSupplier.id,
        supplierContractId: contract.id,
      }),
    ).toBe(400);

    const list = await get(owner, '/api/v1/people?kind=supplier_worker');
    expect(list.json().items.map((p: { name: string }) => p.name)).toEqual(['王强']);
    expect((await get(stranger, `/api/v1/people/${lead.json().id}`)).statusCode).toBe(404);
    const moved = await send(owner, 'PATCH', `/api/v1/people/${lead.json().id}`, {
      version: 1,
      status: 'on_leave',
    });
    expect(moved.json()).toMatchObject({ status: 'on_leave', version: 2 });
    expect(
      (await send(owner, 'PATCH', `/api/v1/people/${lead.json().id}`, { version: 1, name: 'x' }))
        .statusCode,
    ).toBe(409);
  });

  it('answers what a person costs on a day, only to those who may see costs', async () => {
    const owner = await signedIn(h);
    const { supplier, contract, javaDeveloper } = await supplierWithContract(owner);
    const employee = (
      await post(owner, '/api/v1/people', { kind: 'employee', name: 'Ana' })
    ).json();
    const worker = (
      await post(owner, '/api/v1/people', {
        kind: 'supplier_worker',
        name: 'Wang',
        positionId: javaDeveloper,
        grade: 'senior',
        supplierId: supplier.id,
        supplierContractId: contract.id,
      })
    ).json();
    const rates = `/api/v1/people/${employee.id}/cost-rates`;
    const before = await auditCount(h, owner.workspaceId);
    await post(owner, rates, { rateMinor: 9_000, currency: 'CNY', effectiveFrom: '2026-01-01' });
    await post(owner, rates, { rateMinor: 9_900, currency: 'CNY', effectiveFrom: '2026-07-01' });
    expect(await auditCount(h, owner.workspaceId)).toBe(before + 2);
    expect(
      (await post(owner, rates, { rateMinor: 1, currency: 'CNY', effectiveFrom: '2026-07-01' }))
        .statusCode,
    ).toBe(409);
    const on = async (id: string, day: string) =>
      (await get(owner, `/api/v1/people/${id}/cost-on?day=${day}`)).json();
    expect(await on(employee.id, '2026-06-30')).toMatchObject({
      rateMinor: 9_000,
      source: 'person',
    });
    expect(await on(employee.id, '2026-07-01')).toMatchObject({ rateMinor: 9_900 });
    expect(await on(employee.id, '2025-12-31')).toMatchObject({ rateMinor: null, source: null });
    expect(await on(worker.id, '2026-03-01')).toMatchObject({
      rateMinor: 18_000,
      currency: 'CNY',
      unit: 'hour',
      source: 'supplier_contract',
    });
    expect(
      (
        await post(owner, `/api/v1/people/${worker.id}/cost-rates`, {
          rateMinor: 1,
          currency: 'CNY',
          effectiveFrom: '2026-01-01',
        })
      ).statusCode,
    ).toBe(422);

    const delivery = await signedIn(h, {
      workspaceId: owner.workspaceId,
      role: 'delivery_manager',
    });
    expect((await get(delivery, `/api/v1/people/${employee.id}`)).statusCode).toBe(200);
    expect((await get(delivery, rates)).statusCode).toBe(403);
    const audit = await h.db
      .selectFrom('audit_entries')
      .select('changes')
      .where('action', '=', 'person.cost_rate_add')
      .where('entity_id', '=', employee.id)
      .execute();
    expect(JSON.stringify(audit)).not.toContain('9900');
  });

  it('shows a supplier portal user only their own workers', async () => {
    const owner = await signedIn(h);
    const { supplier } = await supplierWithContract(owner);
    const other = (await post(owner, '/api/v1/suppliers', { name: 'Other Ltd' })).json();
    const mine = (
      await post(owner, '/api/v1/people', {
        kind: 'supplier_worker',
        name: 'Mine',
        supplierId: supplier.id,
      })
    ).json();
    const theirs = (
      await post(owner, '/api/v1/people', {
        kind: 'supplier_worker',
        name: 'Theirs',
        supplierId: other.id,
      })
    ).json();
    await post(owner, '/api/v1/people', { kind: 'employee', name: 'Ours' });
    const portal = await signedIn(h, { workspaceId: owner.workspaceId, role: 'supplier_portal' });
    await bindParty(h, portal, { type: 'supplier', id: supplier.id });
    expect(
      (await get(portal, '/api/v1/people')).json().items.map((p: { id: string }) => p.id),
    ).toEqual([mine.id]);
    expect((await get(portal, `/api/v1/people/${theirs.id}`)).statusCode).toBe(404);
    expect((await post(portal, '/api/v1/people', { kind: 'employee', name: 'x' })).statusCode).toBe(
      403,
    );
  });

  it('imports people and skills from a file and exports the list', async () => {
    const owner = await signedIn(h);
    const supplier = (await post(owner, '/api/v1/suppliers', { name: 'Baltic' })).json();
    await post(owner, '/api/v1/positions', {
      nameEn: 'Service desk agent',
      nameZh: '服务台工程师',
    });
    await post(owner, '/api/v1/positions', { nameEn: 'Test engineer', nameZh: '测试工程师' });
    // A position is named in either language, in any case; an unknown one refuses the row.
    const content = [
      'name,position,grade,department,languages,supplier,hoursPerWeek',
      `Jonas,service desk agent,intermediate,Desk,"lt:native; en:fluent",${supplier.number},40`,
      '周敏,测试工程师,senior,质量,zh:native,,40',
      'Nobody,x,junior,x,,SUP-9999,40',
      'Nemo,Astronaut,junior,x,,,40',
    ].join('\n');
    const preview = await post(owner, '/api/v1/imports/people/preview', { format: 'csv', content });
    expect(preview.json()).toMatchObject({ valid: 2, invalid: 2 });
    const done = await post(owner, '/api/v1/imports/people', {
      format: 'csv',
      content,
      mode: 'valid',
    });
    expect(done.json()).toMatchObject({ created: 2, skipped: 2 });
    const workers = (await get(owner, '/api/v1/people?kind=supplier_worker')).json().items;
    expect(workers).toEqual([
      expect.objectContaining({
        name: 'Jonas',
        position: expect.objectContaining({ nameEn: 'Service desk agent' }),
        supplier: expect.objectContaining({ name: 'Baltic' }),
      }),
    ]);
    expect(workers[0].languages).toEqual([
      { code: 'lt', level: 'native' },
      { code: 'en', level: 'fluent' },
    ]);

    const skills = await post(owner, '/api/v1/imports/skills', {
      format: 'csv',
      content:
        'category,nameZh,nameEn,synonyms\nTesting,自动化测试,Test automation,Selenium;Playwright',
    });
    expect(skills.json()).toMatchObject({ created: 1 });
    expect((await get(owner, '/api/v1/skills?q=playwright')).json().items).toHaveLength(1);

    const csv = (await get(owner, '/api/v1/people/export?format=csv')).body;
    expect(csv).toContain('Jonas');
    expect(csv).toContain('lt:native; en:fluent');
    expect(csv).toContain('周敏');
    expect(csv).toContain('Test engineer');
  });
});
