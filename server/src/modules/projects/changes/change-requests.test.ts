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
import { signedContract } from '../projects.fixture.ts';

describe.each(dialects)('change requests on %s', (dialect) => {
  const h = useHarness(dialect);
  const send = (s: Session, method: 'POST' | 'PATCH', url: string, payload: object) =>
    call(h, { method, url, cookie: s.cookie, payload });
  const post = (s: Session, url: string, payload: object) => send(s, 'POST', url, payload);
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });
  const change = {
    title: '增加批量交易测试',
    description: '新增 120 个批量交易场景的测试与回归',
    reason: '客户新增夜间批处理改造',
    endDate: '2027-06-30',
    budgetDeltaMinor: 20_000_000,
  };

  async function world() {
    const owner = await signedIn(h);
    const { client, contract } = await signedContract(h, owner);
    const project = (await post(owner, '/api/v1/projects', { contractId: contract.id })).json();
    const reviewer = await signedIn(h, {
      workspaceId: owner.workspaceId,
      role: 'delivery_manager',
    });
    const customer = await signedIn(h, { workspaceId: owner.workspaceId, role: 'client_portal' });
    await bindParty(h, customer, { type: 'client', id: client.id });
    const other = (await post(owner, '/api/v1/clients', { name: '远东保险' })).json();
    const stranger = await signedIn(h, { workspaceId: owner.workspaceId, role: 'client_portal' });
    await bindParty(h, stranger, { type: 'client', id: other.id });
    const url = `/api/v1/projects/${project.id}/change-requests`;
    return { owner, contract, project, reviewer, customer, stranger, url };
  }

  /** Raises the change and submits it, as the owner. */
  async function submitted(w: Awaited<ReturnType<typeof world>>, body: object = change) {
    const [draft] = (await post(w.owner, w.url, body)).json();
    const [sent] = (await post(w.owner, `${w.url}/${draft.id}/submit`, { version: 1 })).json();
    return sent;
  }

  const portalChanges = async (s: Session, projectId: string) =>
    (await get(s, `/api/v1/client-portal/projects/${projectId}`)).json().changeRequests;

  it('moves plan and budget once we and then the client approve, re-baselines and drafts the amendment', async () => {
    const w = await world();
    const sent = await submitted(w);
    expect(sent).toMatchObject({
      seq: 1,
      status: 'submitted',
      submittedBy: { id: w.owner.userId },
    });
    // Nothing reaches the client before we have reviewed it.
    expect(await portalChanges(w.customer, w.project.id)).toEqual([]);
    const kinds = async (s: Session) =>
      (
        await h.db
          .selectFrom('notifications')
          .select('kind')
          .where('user_id', '=', s.userId)
          .execute()
      ).map((n) => n.kind);
    expect(await kinds(w.reviewer)).toContain('change.review');

    const review = `${w.url}/${sent.id}/decisions`;
    expect((await post(w.owner, review, { version: 2, decision: 'approved' })).statusCode).toBe(
      422,
    );
    expect((await post(w.customer, review, { version: 2, decision: 'approved' })).statusCode).toBe(
      403,
    );
    const [reviewed] = (
      await post(w.reviewer, review, {
        version: 2,
        decision: 'approved',
        comment: '毛利仍在底线之上',
      })
    ).json();
    expect(reviewed).toMatchObject({
      status: 'client_review',
      reviewedBy: { id: w.reviewer.userId },
    });
    expect(await kinds(w.customer)).toContain('change.client_review');

    // The client sees the change and its price, never our review or the contract side.
    const [shown] = await portalChanges(w.customer, w.project.id);
    expect(shown).toMatchObject({ seq: 1, budgetDeltaMinor: 20_000_000, currency: 'CNY' });
    expect(Object.keys(shown)).not.toContain('reviewComment');
    expect(Object.keys(shown)).not.toContain('amendment');
    const decision = `/api/v1/client-portal/change-requests/${sent.id}/decisions`;
    expect(
      (await post(w.stranger, decision, { version: 3, decision: 'approved' })).statusCode,
    ).toBe(404);

    const before = await auditCount(h, w.owner.workspaceId);
    const approved = await post(w.customer, decision, { version: 3, decision: 'approved' });
    expect(approved.json()).toMatchObject({ status: 'approved' });
    // Project, baseline, amendment and the change itself: one transaction.
    expect(await auditCount(h, w.owner.workspaceId)).toBe(before + 4);
    const project = (await get(w.owner, `/api/v1/projects/${w.project.id}`)).json();
    expect(project).toMatchObject({ budgetMinor: 200_000_000, endDate: '2027-06-30' });
    const baselines = (await get(w.owner, `/api/v1/projects/${w.project.id}/baselines`)).json()
      .items;
    expect(baselines[0]).toMatchObject({
      seq: 1,
      name: `CR-1: ${change.title}`,
      budgetMinor: 200_000_000,
    });
    const [done] = (await get(w.owner, w.url)).json().items;
    expect(done).toMatchObject({
      status: 'approved',
      baselineSeq: 1,
      endDateBefore: w.project.endDate,
      budgetBeforeMinor: 180_000_000,
      amendment: { seq: 1, contractId: w.contract.id },
    });
    const [amendment] = (await get(w.owner, `/api/v1/contracts/${w.contract.id}/amendments`)).json()
      .items;
    expect(amendment).toMatchObject({
      status: 'draft',
      title: `${w.project.number} CR-1: ${change.title}`,
    });
    // PostgreSQL's jsonb keeps its own key order.
    expect(
      amendment.diff.sort((a: { field: string }, b: { field: string }) =>
        a.field.localeCompare(b.field),
      ),
    ).toEqual([
      { field: 'endDate', before: '2027-05-31', after: '2027-06-30' },
      { field: 'valueMinor', before: 180_000_000, after: 200_000_000 },
    ]);
    expect(await kinds(w.owner)).toContain('change.approved');
    expect(
      (await post(w.customer, decision, { version: 4, decision: 'approved' })).statusCode,
    ).toBe(422);
  });

  it('leaves the plan alone when we or the client reject, and a rejection says why', async () => {
    const w = await world();
    const first = await submitted(w);
    const review = `${w.url}/${first.id}/decisions`;
    expect((await post(w.reviewer, review, { version: 2, decision: 'rejected' })).statusCode).toBe(
      400,
    );
    const [rejected] = (
      await post(w.reviewer, review, {
        version: 2,
        decision: 'rejected',
        comment: '价格低于毛利底线',
      })
    ).json();
    expect(rejected).toMatchObject({ status: 'rejected', reviewComment: '价格低于毛利底线' });
    // Our rejection is internal: the client never sees it.
    expect(await portalChanges(w.customer, w.project.id)).toEqual([]);

    const second = await submitted(w, { ...change, title: '延期一个月', budgetDeltaMinor: 0 });
    expect(second.seq).toBe(2);
    await post(w.reviewer, `${w.url}/${second.id}/decisions`, { version: 2, decision: 'approved' });
    const decision = `/api/v1/client-portal/change-requests/${second.id}/decisions`;
    await post(w.customer, decision, { version: 3, decision: 'rejected', comment: '不接受延期' });
    expect(await portalChanges(w.customer, w.project.id)).toMatchObject([
      { seq: 2, status: 'rejected', clientComment: '不接受延期' },
    ]);
    const project = (await get(w.owner, `/api/v1/projects/${w.project.id}`)).json();
    expect(project).toMatchObject({ budgetMinor: 180_000_000, endDate: w.project.endDate });
    expect(
      (await get(w.owner, `/api/v1/contracts/${w.contract.id}/amendments`)).json().items,
    ).toEqual([]);
  });

  it('refuses a change that would break the plan, and edits only drafts', async () => {
    const w = await world();
    const bad = await post(w.owner, w.url, { ...change, budgetDeltaMinor: -180_000_001 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toHaveProperty(['body.budgetDeltaMinor']);
    const early = await post(w.owner, w.url, { ...change, endDate: '2020-01-01' });
    expect(early.json().errors).toHaveProperty(['body.endDate']);
    expect((await get(w.owner, w.url)).json().items).toEqual([]);
    const sent = await submitted(w);
    const edit = await send(w.owner, 'PATCH', `${w.url}/${sent.id}`, { version: 2, title: 'x' });
    expect(edit.statusCode).toBe(422);
    const elsewhere = await signedIn(h);
    expect((await get(elsewhere, w.url)).statusCode).toBe(404);
    expect((await post(elsewhere, `${w.url}/${sent.id}/submit`, { version: 2 })).statusCode).toBe(
      404,
    );
  });

  it('refuses to apply a change the plan has since outgrown, and changes nothing', async () => {
    const w = await world();
    const cut = await submitted(w, { ...change, budgetDeltaMinor: -150_000_000 });
    await post(w.reviewer, `${w.url}/${cut.id}/decisions`, { version: 2, decision: 'approved' });
    // Meanwhile the budget was lowered by hand: the cut would now take it below zero.
    const { version } = (await get(w.owner, `/api/v1/projects/${w.project.id}`)).json();
    await send(w.owner, 'PATCH', `/api/v1/projects/${w.project.id}`, {
      version,
      budgetMinor: 100_000_000,
    });
    const decision = `/api/v1/client-portal/change-requests/${cut.id}/decisions`;
    const before = await auditCount(h, w.owner.workspaceId);
    const refused = await post(w.customer, decision, { version: 3, decision: 'approved' });
    expect(refused.statusCode).toBe(422);
    expect(await auditCount(h, w.owner.workspaceId)).toBe(before);
    expect(await portalChanges(w.customer, w.project.id)).toMatchObject([
      { status: 'client_review' },
    ]);
  });

  it('applies an internal project’s change at our approval', async () => {
    const owner = await signedIn(h);
    const reviewer = await signedIn(h, {
      workspaceId: owner.workspaceId,
      role: 'delivery_manager',
    });
    const project = (
      await post(owner, '/api/v1/projects', {
        name: '内部工具升级',
        budgetMinor: 5_000_000,
        currency: 'CNY',
        startDate: '2026-12-01',
        endDate: '2027-02-28',
      })
    ).json();
    const url = `/api/v1/projects/${project.id}/change-requests`;
    const [draft] = (await post(owner, url, { ...change, budgetDeltaMinor: -1_000_000 })).json();
    await post(owner, `${url}/${draft.id}/submit`, { version: 1 });
    const [approved] = (
      await post(reviewer, `${url}/${draft.id}/decisions`, { version: 2, decision: 'approved' })
    ).json();
    expect(approved).toMatchObject({ status: 'approved', baselineSeq: 1, amendment: null });
    expect((await get(owner, `/api/v1/projects/${project.id}`)).json()).toMatchObject({
      budgetMinor: 4_000_000,
      endDate: '2027-06-30',
    });
  });

  it('approves even while the contract has an open amendment, and links one later', async () => {
    const w = await world();
    await post(w.owner, `/api/v1/contracts/${w.contract.id}/amendments`, {
      title: '更新费率',
      reason: '年度调价',
      changes: { noticeDays: 60 },
    });
    const sent = await submitted(w);
    await post(w.reviewer, `${w.url}/${sent.id}/decisions`, { version: 2, decision: 'approved' });
    await post(w.customer, `/api/v1/client-portal/change-requests/${sent.id}/decisions`, {
      version: 3,
      decision: 'approved',
    });
    const [approved] = (await get(w.owner, w.url)).json().items;
    expect(approved).toMatchObject({ status: 'approved', amendment: null });
    const link = `${w.url}/${sent.id}/amendment`;
    expect((await post(w.owner, link, { version: 4 })).statusCode).toBe(422);
    await h.db.updateTable('contract_amendments').set({ status: 'signed' }).execute();
    const linked = await post(w.owner, link, { version: 4 });
    expect(linked.json()).toMatchObject({ amendment: { seq: 2 } });
    expect((await post(w.owner, link, { version: 5 })).statusCode).toBe(422);
  });

  it('numbers changes raised at the same moment one after another', async () => {
    const w = await world();
    const raised = await Promise.all(
      [1, 2, 3, 4].map((n) => post(w.owner, w.url, { ...change, title: `变更 ${n}` })),
    );
    expect(raised.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    const seqs = (await get(w.owner, w.url)).json().items.map((c: { seq: number }) => c.seq);
    expect(seqs).toEqual([4, 3, 2, 1]);
  });
});
