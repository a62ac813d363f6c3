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
import { runObligationReminders } from './obligation-reminders.job.ts';

const confidentiality = {
  category: 'confidentiality',
  titleZh: '保密',
  titleEn: 'Confidentiality',
  textZh: '双方应对在履行本合同过程中获知的对方保密信息予以保密。',
  textEn: 'Each party keeps the other party’s confidential information confidential.',
  obligationZh: '提交保密承诺书',
  obligationEn: 'Deliver signed confidentiality undertakings of all staff',
  obligationDueDays: 14,
};

describe.each(dialects)('clauses and obligations on %s', (dialect) => {
  const h = useHarness(dialect);
  const send = (s: Session, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    call(h, { method, url, cookie: s.cookie, ...(payload ? { payload } : {}) });
  const post = (s: Session, url: string, payload: object) => send(s, 'POST', url, payload);
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });
  const inbox = async (s: Session) =>
    (await get(s, '/api/v1/notifications')).json().items.map((n: { kind: string }) => n.kind);

  async function draftWithClause() {
    const owner = await signedIn(h);
    const client = (await post(owner, '/api/v1/clients', { name: '华东银行' })).json();
    const clause = (await post(owner, '/api/v1/clauses', confidentiality)).json();
    const contract = (
      await post(owner, '/api/v1/contracts', {
        partyType: 'client',
        clientId: client.id,
        type: 'msa',
        title: 'MSA',
        currency: 'EUR',
        valueMinor: 100_000,
        startDate: '2026-12-01',
        endDate: '2027-11-30',
        billingModel: 'time_and_materials',
        ownerId: owner.userId,
      })
    ).json();
    return { owner, client, clause, contract, url: `/api/v1/contracts/${contract.id}` };
  }

  it('keeps a bilingual library; an obligation needs both texts and its due days', async () => {
    const owner = await signedIn(h);
    const created = await post(owner, '/api/v1/clauses', confidentiality);
    expect(created.statusCode).toBe(201);
    const { obligationEn: _, ...halfObligation } = confidentiality;
    expect((await post(owner, '/api/v1/clauses', halfObligation)).statusCode).toBe(400);
    const cleared = await send(owner, 'PATCH', `/api/v1/clauses/${created.json().id}`, {
      version: 1,
      obligationDueDays: null,
    });
    expect(cleared.statusCode).toBe(400);
    const off = await send(owner, 'PATCH', `/api/v1/clauses/${created.json().id}`, {
      version: 1,
      active: false,
    });
    expect(off.json()).toMatchObject({ active: false, version: 2 });
    expect((await get(owner, '/api/v1/clauses')).json().items).toEqual([]);
    expect(
      (await get(owner, '/api/v1/clauses?includeInactive=true&q=CONFIDENTIAL')).json().items,
    ).toHaveLength(1);
    expect(
      (await get(owner, '/api/v1/clauses?includeInactive=true&q=保密')).json().items,
    ).toHaveLength(1);
  });

  it('inserts a clause into a draft in one language and tracks the obligation it brings', async () => {
    const { owner, clause, url } = await draftWithClause();
    const before = await auditCount(h, owner.workspaceId);
    const terms = await post(owner, `${url}/clauses`, { clauseId: clause.id, language: 'zh-CN' });
    expect(terms.json()).toEqual([
      expect.objectContaining({ position: 1, title: '保密', category: 'confidentiality' }),
    ]);
    expect(await auditCount(h, owner.workspaceId)).toBe(before + 1);
    const obligations = (await get(owner, `${url}/obligations`)).json().items;
    expect(obligations).toEqual([
      expect.objectContaining({
        title: '提交保密承诺书',
        dueDate: '2026-12-15',
        status: 'open',
        fromClause: '保密',
        owner: expect.objectContaining({ id: owner.userId }),
      }),
    ]);

    // The library text can change later; the contract keeps what was inserted.
    await send(owner, 'PATCH', `/api/v1/clauses/${clause.id}`, { version: 1, textZh: '新文本' });
    expect((await get(owner, `${url}/clauses`)).json().items[0].text).toContain('双方应对');

    const added = await post(owner, `${url}/obligations`, {
      title: 'Quarterly service review',
      dueDate: '2027-03-31',
    });
    expect(added.json()).toHaveLength(2);
    const met = await send(owner, 'PATCH', `${url}/obligations/${obligations[0].id}`, {
      version: 1,
      status: 'met',
      statusNote: 'Received 12 undertakings',
    });
    expect(met.json()[0]).toMatchObject({ status: 'met', statusAt: expect.any(String) });
    const stale = await send(owner, 'PATCH', `${url}/obligations/${obligations[0].id}`, {
      version: 1,
      status: 'missed',
    });
    expect(stale.statusCode).toBe(409);

    // Removing the clause takes its obligation with it, but not the one added by hand.
    const removed = await send(owner, 'DELETE', `${url}/clauses/${terms.json()[0].id}`);
    expect(removed.json()).toEqual([]);
    expect(
      (await get(owner, `${url}/obligations`)).json().items.map((o: { title: string }) => o.title),
    ).toEqual(['Quarterly service review']);
  });

  it('reminds the owner before and after the due date once the contract is signed', async () => {
    const { owner, client, clause, url } = await draftWithClause();
    await post(owner, `${url}/clauses`, { clauseId: clause.id, language: 'en-US' });
    const approver = await signedIn(h, {
      workspaceId: owner.workspaceId,
      role: 'delivery_manager',
    });
    const submitted = await post(owner, `${url}/submit`, { version: 1 });
    expect(submitted.json()).toMatchObject({ status: 'in_review' });
    expect(
      (await post(owner, `${url}/clauses`, { clauseId: clause.id, language: 'en-US' })).statusCode,
    ).toBe(422);
    await post(approver, `${url}/decisions`, { version: 2, decision: 'approved' });
    const signed = await post(owner, `${url}/sign`, {
      version: 3,
      signedOn: '2026-11-27',
      signatories: [{ name: 'Li Wei', side: 'counterparty' }],
    });
    expect(signed.json().status).toBe('signed');

    const deps = { db: h.db, config: h.config, clock: h.clock };
    await runObligationReminders(deps);
    expect(await inbox(owner)).not.toContain('obligation.due');
    h.clock.advance(12 * 24 * 3600 * 1000); // 9 December: due on the 15th
    await runObligationReminders(deps);
    await runObligationReminders(deps);
    // The session has long expired by now: read the owner's notifications straight away.
    const reminders = () =>
      h.db
        .selectFrom('notifications')
        .select('kind')
        .where('user_id', '=', owner.userId)
        .where('kind', 'like', 'obligation.%')
        .orderBy('created_at')
        .execute();
    expect((await reminders()).map((k) => k.kind)).toEqual(['obligation.due']);
    h.clock.advance(7 * 24 * 3600 * 1000); // 16 December: overdue
    await runObligationReminders(deps);
    expect((await reminders()).map((k) => k.kind)).toEqual([
      'obligation.due',
      'obligation.overdue',
    ]);

    const portal = await signedIn(h, { workspaceId: owner.workspaceId, role: 'client_portal' });
    await bindParty(h, portal, { type: 'client', id: client.id });
    expect((await get(portal, `${url}/clauses`)).json().items).toHaveLength(1);
    expect((await get(portal, `${url}/obligations`)).statusCode).toBe(403);
    const month = '/api/v1/obligations?dueFrom=2026-12-01&dueBy=2026-12-31';
    expect((await get(portal, month)).statusCode).toBe(403);
    const stranger = await signedIn(h);
    expect((await get(stranger, month)).json().items).toEqual([]);
    const colleague = await signedIn(h, { workspaceId: owner.workspaceId, role: 'admin' });
    expect((await get(colleague, month)).json().items).toEqual([
      expect.objectContaining({
        dueDate: '2026-12-15',
        overdue: true,
        contract: expect.objectContaining({ title: 'MSA' }),
      }),
    ]);
    expect(
      (await get(colleague, '/api/v1/obligations?dueFrom=2026-01-01&dueBy=2026-12-31')).statusCode,
    ).toBe(400);
  });
});
