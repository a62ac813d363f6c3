import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import {
  auditCount,
  bindParty,
  call,
  type Session,
  signedIn,
  useHarness,
} from '../../../test/harness.ts';
import { supplierStandings } from '../supplier-standing.ts';

const standard = {
  name: 'Quarterly review',
  criteria: [
    { name: 'Quality', weight: 30, guidance: '5: no defects found in acceptance' },
    { name: 'Delivery', weight: 25 },
    { name: 'Cost', weight: 15 },
    { name: 'Service', weight: 15 },
    { name: 'Compliance', weight: 15 },
  ],
};

describe.each(dialects)('supplier evaluations on %s', (dialect) => {
  const h = useHarness(dialect);
  const send = (s: Session, method: 'POST' | 'PATCH' | 'PUT', url: string, payload: object) =>
    call(h, { method, url, cookie: s.cookie, payload });
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });

  async function setUp() {
    const owner = await signedIn(h);
    const template = await send(owner, 'POST', '/api/v1/evaluation-templates', standard);
    expect(template.statusCode).toBe(201);
    const supplier = (await send(owner, 'POST', '/api/v1/suppliers', { name: '智联科技' })).json();
    return { owner, template: template.json(), supplier };
  }

  const allScores = (values: number[], comment?: string) => ({
    scores: values.map((score, i) => ({ criterion: `c${i + 1}`, score, comment })),
  });

  it('checks templates: weights add up to 100, names distinct', async () => {
    const owner = await signedIn(h);
    const bad = async (criteria: object[]) =>
      (await send(owner, 'POST', '/api/v1/evaluation-templates', { name: 'x', criteria }))
        .statusCode;
    expect(await bad([{ name: 'Quality', weight: 90 }])).toBe(400);
    expect(
      await bad([
        { name: 'Quality', weight: 50 },
        { name: 'quality', weight: 50 },
      ]),
    ).toBe(400);
    expect(
      await bad([
        { name: 'Quality', weight: 100 },
        { name: 'Cost', weight: 0 },
      ]),
    ).toBe(400);
  });

  it('scores by several evaluators, weights and grades on the server, then locks', async () => {
    const { owner, template, supplier } = await setUp();
    const base = `/api/v1/suppliers/${supplier.id}/evaluations`;
    const created = await send(owner, 'POST', base, {
      templateId: template.id,
      kind: 'periodic',
      periodStart: '2026-07-01',
      periodEnd: '2026-09-30',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ status: 'open', score: null, grade: null });

    const colleague = await signedIn(h, {
      workspaceId: owner.workspaceId,
      role: 'delivery_manager',
    });
    const before = await auditCount(h, owner.workspaceId);
    // Not every criterion: refused, nothing written.
    const partial = await send(owner, 'PUT', `${base}/${id}/scores`, {
      scores: [{ criterion: 'c1', score: 5 }],
    });
    expect(partial.statusCode).toBe(422);
    expect(
      (await send(owner, 'PUT', `${base}/${id}/scores`, allScores([6, 5, 5, 5, 5]))).statusCode,
    ).toBe(400);
    expect(await auditCount(h, owner.workspaceId)).toBe(before);

    await send(owner, 'PUT', `${base}/${id}/scores`, allScores([5, 4, 3, 4, 5], 'solid quarter'));
    const both = await send(colleague, 'PUT', `${base}/${id}/scores`, allScores([4, 4, 3, 2, 5]));
    // Quality 4.5×30 + Delivery 4×25 + Cost 3×15 + Service 3×15 + Compliance 5×15 = 400
    expect(both.json()).toMatchObject({ score: 400, evaluators: 2, grade: null });
    expect(both.json().criteria[0]).toMatchObject({ name: 'Quality', mean: 450, count: 2 });
    // Scoring again replaces the evaluator's own scores.
    const again = await send(colleague, 'PUT', `${base}/${id}/scores`, allScores([5, 4, 3, 4, 5]));
    expect(again.json()).toMatchObject({ score: 430, evaluators: 2 });

    const stale = await send(owner, 'POST', `${base}/${id}/finalize`, { version: 1 });
    expect(stale.statusCode).toBe(409);
    const final = await send(owner, 'POST', `${base}/${id}/finalize`, {
      version: again.json().version,
    });
    expect(final.json()).toMatchObject({ status: 'final', score: 430, grade: 'A' });
    expect(
      (await send(owner, 'PUT', `${base}/${id}/scores`, allScores([1, 1, 1, 1, 1]))).statusCode,
    ).toBe(409);

    const member = await signedIn(h, { workspaceId: owner.workspaceId, role: 'member' });
    expect(
      (await send(member, 'PUT', `${base}/${id}/scores`, allScores([1, 1, 1, 1, 1]))).statusCode,
    ).toBe(403);
  });

  it('shows a supplier only its final grades, and compares candidates side by side', async () => {
    const { owner, template, supplier } = await setUp();
    const other = (await send(owner, 'POST', '/api/v1/suppliers', { name: 'Other Ltd' })).json();
    const evaluate = async (
      supplierId: string,
      periodEnd: string,
      values: number[],
      finalize: boolean,
    ) => {
      const base = `/api/v1/suppliers/${supplierId}/evaluations`;
      const e = (
        await send(owner, 'POST', base, {
          templateId: template.id,
          kind: 'ad_hoc',
          periodStart: periodEnd,
          periodEnd,
          title: 'Incident review',
        })
      ).json();
      const scored = (await send(owner, 'PUT', `${base}/${e.id}/scores`, allScores(values))).json();
      if (finalize)
        await send(owner, 'POST', `${base}/${e.id}/finalize`, { version: scored.version });
      return e.id;
    };
    await evaluate(supplier.id, '2026-06-30', [3, 3, 3, 3, 3], true);
    await evaluate(supplier.id, '2026-09-30', [4, 4, 4, 4, 4], true);
    const open = await evaluate(supplier.id, '2026-11-30', [1, 1, 1, 1, 1], false);
    await evaluate(other.id, '2026-09-30', [2, 2, 2, 2, 2], true);

    const portal = await signedIn(h, { workspaceId: owner.workspaceId, role: 'supplier_portal' });
    await bindParty(h, portal, { type: 'supplier', id: supplier.id });
    const seen = (await get(portal, `/api/v1/suppliers/${supplier.id}/evaluations`)).json().items;
    expect(seen).toEqual([
      expect.objectContaining({
        grade: 'B',
        score: null,
        evaluators: 0,
        title: null,
        templateName: '',
      }),
      expect.objectContaining({ grade: 'C', score: null, evaluators: 0 }),
    ]);
    expect(
      (await get(portal, `/api/v1/suppliers/${supplier.id}/evaluations/${open}`)).statusCode,
    ).toBe(403);
    expect((await get(portal, `/api/v1/suppliers/${other.id}/evaluations`)).statusCode).toBe(404);

    await send(owner, 'POST', `/api/v1/suppliers/${supplier.id}/qualifications`, {
      kind: 'iso27001',
      name: 'ISO/IEC 27001',
      validTo: '2026-12-15',
    });
    const compared = await get(owner, `/api/v1/supplier-comparison?ids=${supplier.id},${other.id}`);
    expect(compared.statusCode).toBe(200);
    expect(compared.json().items).toEqual([
      expect.objectContaining({
        name: '智联科技',
        latest: { grade: 'B', score: 400, periodEnd: '2026-09-30' },
        averageScore: 350,
        evaluations: 2,
        qualifications: [{ name: 'ISO/IEC 27001', mandatory: false, status: 'expiring' }],
      }),
      expect.objectContaining({
        name: 'Other Ltd',
        latest: expect.objectContaining({ grade: 'D' }),
      }),
    ]);
    expect(
      (await get(portal, `/api/v1/supplier-comparison?ids=${supplier.id},${other.id}`)).statusCode,
    ).toBe(403);
    expect((await get(owner, '/api/v1/supplier-comparison?ids=nope')).statusCode).toBe(400);
    const stranger = await signedIn(h);
    expect((await get(stranger, `/api/v1/supplier-comparison?ids=${supplier.id}`)).statusCode).toBe(
      404,
    );
    // What procurement will ask before inviting them: standing on a day.
    await h.db
      .updateTable('suppliers')
      .set({ status: 'approved' })
      .where('id', '=', supplier.id)
      .execute();
    const standing = await supplierStandings(
      h.db,
      owner.workspaceId,
      [supplier.id, other.id],
      '2026-12-01',
    );
    expect(standing.get(supplier.id)).toEqual({
      status: 'approved',
      riskTier: null,
      latestGrade: 'B',
      mandatoryExpired: false,
      qualified: true,
    });
    expect(standing.get(other.id)).toMatchObject({ latestGrade: 'D', qualified: false });
    await send(owner, 'POST', `/api/v1/suppliers/${supplier.id}/qualifications`, {
      kind: 'other',
      name: 'Liability insurance',
      validTo: '2026-11-30',
      mandatory: true,
    });
    const lapsed = await supplierStandings(h.db, owner.workspaceId, [supplier.id], '2026-12-01');
    expect(lapsed.get(supplier.id)).toMatchObject({ mandatoryExpired: true, qualified: false });
    const elsewhere = await signedIn(h);
    expect(
      (await supplierStandings(h.db, elsewhere.workspaceId, [supplier.id], '2026-12-01')).size,
    ).toBe(0);
  });

  it('keeps past evaluations as they were when the template changes', async () => {
    const { owner, template, supplier } = await setUp();
    const base = `/api/v1/suppliers/${supplier.id}/evaluations`;
    const e = (
      await send(owner, 'POST', base, {
        templateId: template.id,
        kind: 'periodic',
        periodStart: '2026-01-01',
        periodEnd: '2026-03-31',
      })
    ).json();
    const changed = await send(owner, 'PATCH', `/api/v1/evaluation-templates/${template.id}`, {
      version: template.version,
      criteria: [{ name: 'Overall', weight: 100 }],
      active: false,
    });
    expect(changed.json()).toMatchObject({
      active: false,
      criteria: [{ key: 'c1', name: 'Overall' }],
    });
    expect((await get(owner, `${base}/${e.id}`)).json().criteria).toHaveLength(5);
    const refused = await send(owner, 'POST', base, {
      templateId: template.id,
      kind: 'periodic',
      periodStart: '2026-04-01',
      periodEnd: '2026-06-30',
    });
    expect(refused.statusCode).toBe(422);
  });
});
