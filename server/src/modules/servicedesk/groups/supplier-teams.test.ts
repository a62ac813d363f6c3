import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import {
  bindParty,
  call,
  login,
  type Session,
  signedIn,
  useHarness,
} from '../../../test/harness.ts';
import { deskContract } from '../desk.fixture.ts';

describe.each(dialects)('assignment groups, supplier teams and portals on %s', (dialect) => {
  const h = useHarness(dialect);
  const send = (s: Session, method: 'POST' | 'PATCH', url: string, payload: object = {}) =>
    call(h, { method, url, cookie: s.cookie, payload });
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });
  const ok = async (res: ReturnType<typeof call>) => {
    const r = await res;
    expect(r.statusCode, r.body).toBeLessThan(300);
    return r.json();
  };

  /**
   * A desk whose client contract gives P2 four hours to resolve around the clock, and whose
   * supplier's contract underpins it with one hour; a team of ours, the supplier's team, and
   * the client's and the supplier's portal users.
   */
  async function world() {
    const owner = await signedIn(h);
    const ws = { workspaceId: owner.workspaceId };
    const agent = await signedIn(h, { ...ws, role: 'service_desk_agent' });
    const client = await ok(send(owner, 'POST', '/api/v1/clients', { name: '华信银行' }));
    const other = await ok(send(owner, 'POST', '/api/v1/clients', { name: '远航物流' }));
    const supplier = await ok(send(owner, 'POST', '/api/v1/suppliers', { name: '网联科技' }));
    // Each breach credits a share of the month's fee: 1% from us to the client, 2% from the
    // supplier to us.
    const p2 = (target: number, creditPercent: number) => ({
      slas: [
        {
          metric: 'resolution_time',
          priority: 'p2',
          target,
          creditPercent,
          creditCapPercent: 10,
        },
      ] as const,
    });
    const contract = await deskContract(h, owner, { clientId: client.id }, p2(240, 1));
    const underpinning = await deskContract(
      h,
      owner,
      { supplierId: supplier.id },
      { ...p2(60, 2), active: true },
    );
    const desk = await ok(
      send(owner, 'POST', '/api/v1/ticket-groups', {
        name: '一线服务台',
        leadId: owner.userId,
        memberIds: [agent.userId],
      }),
    );
    const team = await ok(
      send(owner, 'POST', '/api/v1/ticket-groups', {
        name: '网联网络组',
        kind: 'supplier',
        supplierContractId: underpinning.id,
        leadId: owner.userId,
      }),
    );
    const clientUser = await signedIn(h, { ...ws, role: 'client_portal' });
    await bindParty(h, clientUser, { type: 'client', id: client.id });
    const supplierUser = await signedIn(h, { ...ws, role: 'supplier_portal' });
    await bindParty(h, supplierUser, { type: 'supplier', id: supplier.id });
    return {
      owner,
      agent,
      client,
      other,
      supplier,
      contract,
      underpinning,
      desk,
      team,
      clientUser,
      supplierUser,
    };
  }

  it('keeps our teams with their members and binds a supplier team to a supplier contract', async () => {
    const w = await world();
    expect(w.desk).toMatchObject({
      kind: 'internal',
      lead: { id: w.owner.userId },
      members: [{ id: w.agent.userId }],
      supplier: null,
    });
    expect(w.team).toMatchObject({
      kind: 'supplier',
      supplier: { id: w.supplier.id, name: '网联科技' },
      members: [],
    });
    const refused = await send(w.owner, 'POST', '/api/v1/ticket-groups', {
      name: '错误',
      kind: 'supplier',
      supplierContractId: w.contract.id,
    });
    expect(refused.statusCode).toBe(422);
    expect(
      (await send(w.owner, 'POST', '/api/v1/ticket-groups', { name: '一线服务台' })).statusCode,
    ).toBe(422);
    const incomplete = await send(w.owner, 'POST', '/api/v1/ticket-groups', {
      name: '缺合同',
      kind: 'supplier',
    });
    expect(incomplete.statusCode).toBe(400);
    expect(
      (await send(w.agent, 'POST', '/api/v1/ticket-groups', { name: '二线' })).statusCode,
    ).toBe(403);
    const renamed = await ok(
      send(w.owner, 'PATCH', `/api/v1/ticket-groups/${w.desk.id}`, {
        name: '服务台一线',
        memberIds: [],
        version: w.desk.version,
      }),
    );
    expect(renamed).toMatchObject({ name: '服务台一线', members: [], version: 2 });
    const stale = await send(w.owner, 'PATCH', `/api/v1/ticket-groups/${w.desk.id}`, {
      name: 'x',
      version: w.desk.version,
    });
    expect(stale.statusCode).toBe(409);
    const list = await ok(get(w.agent, '/api/v1/ticket-groups'));
    expect(list.items.map((g: { name: string }) => g.name)).toEqual(['服务台一线', '网联网络组']);
    const outsider = await signedIn(h);
    expect((await get(outsider, `/api/v1/ticket-groups/${w.team.id}`)).statusCode).toBe(404);
  });

  it("runs the supplier's clock while its team holds the ticket, paused by waits it did not cause, and breaches it while ours holds", async () => {
    const w = await world();
    const opened = h.clock.now().getTime();
    const at = (minutes: number) => new Date(opened + minutes * 60_000).toISOString();
    const as = async (s: Session, minutes: number) => {
      h.clock.advance(opened + minutes * 60_000 - h.clock.now().getTime());
      return { ...s, cookie: await login(h, s.email) };
    };
    let t = await ok(
      send(w.agent, 'POST', '/api/v1/tickets', {
        title: '分行 VPN 间歇断开',
        clientId: w.client.id,
        contractId: w.contract.id,
        urgency: 'high',
        groupId: w.desk.id,
      }),
    );
    expect(t).toMatchObject({ priority: 'p2', status: 'assigned', group: { id: w.desk.id } });
    const unrouted = await ok(
      send(w.agent, 'POST', '/api/v1/tickets', { title: '打印机', clientId: w.client.id }),
    );
    const move = async (s: Session, body: object) => {
      const res = await send(s, 'POST', `/api/v1/tickets/${t.id}/transitions`, {
        version: t.version,
        ...body,
      });
      if (res.statusCode === 200) t = res.json();
      return res;
    };

    let agent = await as(w.agent, 10);
    t = await ok(
      send(agent, 'PATCH', `/api/v1/tickets/${t.id}`, { groupId: w.team.id, version: t.version }),
    );
    expect(t).toMatchObject({ status: 'assigned', group: { id: w.team.id }, assignee: null });

    // The supplier's team sees that ticket and no other, without our clock or the contract.
    let supplier = await as(w.supplierUser, 20);
    const theirs = await ok(get(supplier, '/api/v1/tickets'));
    expect(theirs.items.map((x: { id: string }) => x.id)).toEqual([t.id]);
    expect((await get(supplier, `/api/v1/tickets/${unrouted.id}`)).statusCode).toBe(404);
    t = await ok(get(supplier, `/api/v1/tickets/${t.id}`));
    expect(t.contract).toBeNull();
    expect(t.slas.map((c: { party: string }) => c.party)).toEqual(['supplier']);
    expect((await move(supplier, { status: 'in_progress' })).statusCode).toBe(200);
    expect(
      (await send(supplier, 'PATCH', `/api/v1/tickets/${t.id}`, { title: 'x', version: t.version }))
        .statusCode,
    ).toBe(403);
    expect((await send(supplier, 'POST', '/api/v1/tickets', { title: 'x' })).statusCode).toBe(403);

    // The supplier waits on the client, asking in a message the client reads.
    supplier = await as(w.supplierUser, 30);
    expect(
      (
        await move(supplier, {
          status: 'waiting',
          waitingOn: 'supplier',
          waitingCode: 'delivery',
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
    await ok(
      move(supplier, {
        status: 'waiting',
        waitingOn: 'client',
        waitingCode: 'access',
        reason: '需要防火墙只读账号',
        message: '请为我们开通防火墙只读账号。',
      }),
    );
    agent = await as(w.agent, 40);
    // A portal user is never told of an internal note: mentioning one is refused.
    const mentioned = await send(agent, 'POST', `/api/v1/tickets/${t.id}/comments`, {
      body: '请看',
      mentionIds: [w.clientUser.userId],
    });
    expect(mentioned.statusCode).toBe(400);
    await ok(
      send(agent, 'POST', `/api/v1/tickets/${t.id}/comments`, {
        body: '供应商的网络组已接手。',
        visibility: 'internal',
        mentionIds: [w.owner.userId],
      }),
    );

    // The client sees its ticket without the supplier, reads the ask, and its reply resumes it.
    const client = await as(w.clientUser, 60);
    const mine = await ok(get(client, `/api/v1/tickets/${t.id}`));
    expect(mine.group).toBeNull();
    expect(mine.slas.map((c: { party: string }) => c.party)).toEqual(['client']);
    expect(mine.events.some((e: { kind: string }) => e.kind === 'group')).toBe(false);
    expect(mine.comments.map((c: { body: string }) => c.body)).toEqual([
      '请为我们开通防火墙只读账号。',
    ]);
    const waitEvent = mine.events.at(-1);
    expect(waitEvent).toMatchObject({ waitingOn: 'client', waitingCode: 'access' });
    expect(waitEvent.commentId).toBe(mine.comments[0].id);
    t = await ok(
      send(client, 'POST', `/api/v1/tickets/${t.id}/comments`, { body: '账号已开通：fw-ro' }),
    );
    expect(t).toMatchObject({ status: 'in_progress', waitingOn: null });
    const other = await ok(
      send(agent, 'POST', '/api/v1/tickets', { title: '别家的', clientId: w.other.id }),
    );
    expect((await get(client, `/api/v1/tickets/${other.id}`)).statusCode).toBe(404);

    // The supplier's clock ran 10→30 and from 60: its hour ran out at 100. Ours ran 0→30 and
    // from 60 of four hours: still running at 120, when the supplier resolves.
    supplier = await as(w.supplierUser, 120);
    t = await ok(get(supplier, `/api/v1/tickets/${t.id}`));
    // It reads the client conversation, not our internal note.
    expect(t.comments.map((c: { body: string }) => c.body)).toEqual([
      '请为我们开通防火墙只读账号。',
      '账号已开通：fw-ro',
    ]);
    expect(t.slas[0]).toMatchObject({
      party: 'supplier',
      state: 'breached',
      breachedAt: at(100),
      startedAt: at(10),
      pausedSeconds: 30 * 60,
    });
    await ok(move(supplier, { status: 'resolved', resolution: '更换了分行路由器的 IPsec 配置' }));
    agent = await as(w.agent, 121);
    t = await ok(get(agent, `/api/v1/tickets/${t.id}`));
    const byParty = Object.fromEntries(t.slas.map((c: { party: string }) => [c.party, c]));
    expect(byParty.client).toMatchObject({
      state: 'met',
      elapsedSeconds: 90 * 60,
      pausedSeconds: 30 * 60,
      stoppedAt: at(120),
    });
    expect(byParty.supplier).toMatchObject({ state: 'breached', stoppedAt: at(120) });
    expect(t.comments).toHaveLength(3);

    // The client confirms the resolution; a supplier cannot close it.
    expect((await move(supplier, { status: 'closed' })).statusCode).toBe(403);
    const confirming = await as(w.clientUser, 130);
    await ok(move(confirming, { status: 'closed' }));
    expect(t.status).toBe('closed');

    // The month's compliance: the bank's line met, no credit; the supplier's breach charged
    // back at 2% of its month's fee (its value over the 24 months of its term), with the ticket.
    const month = at(0).slice(0, 7);
    const report = await ok(
      get(
        await as(w.owner, 131),
        `/api/v1/sla-compliance?contractId=${w.contract.id}&month=${month}`,
      ),
    );
    expect(report).toMatchObject({ side: 'client', feeMinor: 41_667, creditMinor: 0 });
    expect(report.lines).toEqual([
      expect.objectContaining({ priority: 'p2', inScope: 1, met: 1, breached: 0, creditMinor: 0 }),
    ]);
    expect(report.chargebacks).toEqual([
      expect.objectContaining({
        contract: expect.objectContaining({ id: w.underpinning.id }),
        creditMinor: 833,
        lines: [
          expect.objectContaining({
            breached: 1,
            attainment: '0.0',
            creditPercent: '2',
            tickets: [expect.objectContaining({ id: t.id, breachedAt: at(100) })],
          }),
        ],
      }),
    ]);

    // Finance confirms the month: the chargeback is deducted on the supplier's next bill.
    const finance = await as(w.owner, 132);
    const settled = await ok(
      send(finance, 'POST', '/api/v1/sla-compliance/settlements', {
        contractId: w.contract.id,
        month,
      }),
    );
    expect(settled.settlement).not.toBeNull();
    const bill = await ok(
      send(finance, 'POST', '/api/v1/finance/supplier-bills', {
        contractId: w.underpinning.id,
        supplierReference: 'WL-2026-11',
        billDate: at(0).slice(0, 10),
        periodFrom: `${month}-01`,
        periodTo: at(0).slice(0, 10),
        lines: [{ kind: 'other', description: '网络运维 11 月', netMinor: 100_000 }],
      }),
    );
    expect(bill.lines.map((l: { kind: string; netMinor: number }) => [l.kind, l.netMinor])).toEqual(
      [
        ['other', 100_000],
        ['chargeback', -833],
      ],
    );
    expect(bill.netMinor).toBe(99_167);
  });

  it("opens a client's ticket from its portal as its own, and refuses another client", async () => {
    const w = await world();
    const contact = await ok(
      send(w.owner, 'POST', `/api/v1/clients/${w.client.id}/contacts`, {
        name: '王芳',
        email: w.clientUser.email.toUpperCase(),
      }),
    );
    const t = await ok(
      send(w.clientUser, 'POST', '/api/v1/tickets', {
        title: '柜面系统登录慢',
        contractId: w.contract.id,
        urgency: 'high',
      }),
    );
    expect(t).toMatchObject({
      channel: 'portal',
      status: 'new',
      client: { id: w.client.id },
      requester: { id: contact.id },
    });
    expect(
      (
        await send(w.clientUser, 'POST', '/api/v1/tickets', {
          title: 'x',
          clientId: w.other.id,
        })
      ).statusCode,
    ).toBe(422);
    expect(
      (await send(w.clientUser, 'POST', '/api/v1/tickets', { title: 'x', groupId: w.desk.id }))
        .statusCode,
    ).toBe(422);
    const listed = await ok(get(w.clientUser, '/api/v1/tickets'));
    expect(listed.items.map((x: { id: string }) => x.id)).toEqual([t.id]);
    // Only a resolution is the client's to move.
    expect(
      (
        await send(w.clientUser, 'POST', `/api/v1/tickets/${t.id}/transitions`, {
          status: 'in_progress',
          version: t.version,
        })
      ).statusCode,
    ).toBe(403);
  });

  it("lists the caller's queue by due time: assigned to them or routed to their groups", async () => {
    const w = await world();
    const open = (body: object) =>
      ok(
        send(w.agent, 'POST', '/api/v1/tickets', {
          title: 'q',
          clientId: w.client.id,
          contractId: w.contract.id,
          ...body,
        }),
      );
    const due = await open({ groupId: w.desk.id, urgency: 'high' });
    const p1 = await open({ groupId: w.desk.id, urgency: 'high', impact: 'high' });
    const noClock = await open({ assigneeId: w.agent.userId });
    await open({ groupId: w.team.id });
    // The P1 has no target: it has no due time and comes after those that do.
    const queue = await ok(get(w.agent, '/api/v1/tickets?mine=true&sort=dueAt&limit=1'));
    const ids = [queue.items[0].id];
    let cursor = queue.nextCursor;
    while (cursor) {
      const page = await ok(
        get(w.agent, `/api/v1/tickets?mine=true&sort=dueAt&limit=1&cursor=${cursor}`),
      );
      ids.push(...page.items.map((x: { id: string }) => x.id));
      cursor = page.nextCursor;
    }
    expect(ids[0]).toBe(due.id);
    expect(new Set(ids.slice(1))).toEqual(new Set([p1.id, noClock.id]));
    expect(due.dueAt).not.toBeNull();
    const reversed = await ok(get(w.agent, '/api/v1/tickets?mine=true&sort=-dueAt'));
    expect(reversed.items.map((x: { id: string }) => x.id).at(-1)).toBe(due.id);
  });
});
