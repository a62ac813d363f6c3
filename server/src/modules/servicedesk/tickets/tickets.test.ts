import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { call, login, type Session, signedIn, useHarness } from '../../../test/harness.ts';
import { deskContract } from '../desk.fixture.ts';

describe.each(dialects)('service desk tickets on %s', (dialect) => {
  const h = useHarness(dialect);
  const send = (s: Session, method: 'POST' | 'PATCH', url: string, payload: object = {}) =>
    call(h, { method, url, cookie: s.cookie, payload });
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });

  /** A workspace's owner, an agent, a client with a contact and a contract, and another client. */
  async function world() {
    const owner = await signedIn(h);
    const agent = await signedIn(h, { workspaceId: owner.workspaceId, role: 'service_desk_agent' });
    const client = (await send(owner, 'POST', '/api/v1/clients', { name: '华信银行' })).json();
    const other = (await send(owner, 'POST', '/api/v1/clients', { name: '远航物流' })).json();
    const contact = (
      await send(owner, 'POST', `/api/v1/clients/${client.id}/contacts`, { name: '王芳' })
    ).json();
    const contract = await deskContract(h, owner, { clientId: client.id });
    const open = async (body: object = {}) => {
      const res = await send(agent, 'POST', '/api/v1/tickets', {
        title: '网银转账失败',
        clientId: client.id,
        contractId: contract.id,
        ...body,
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    return { owner, agent, client, other, contact, contract, open };
  }

  it('numbers a ticket, sets its priority from impact × urgency and logs its opening', async () => {
    const w = await world();
    const first = await w.open({
      impact: 'high',
      urgency: 'high',
      requesterContactId: w.contact.id,
      assigneeId: w.agent.userId,
    });
    expect(first).toMatchObject({
      number: 'TCK-000001',
      type: 'incident',
      priority: 'p1',
      status: 'assigned',
      client: { id: w.client.id, name: '华信银行' },
      contract: { id: w.contract.id, number: w.contract.number },
      requester: { id: w.contact.id, name: '王芳' },
      assignee: { id: w.agent.userId },
      events: [{ kind: 'created', statusTo: 'assigned', priority: 'p1' }],
    });
    const second = await w.open({ type: 'service_request', impact: 'low', urgency: 'medium' });
    expect(second).toMatchObject({ number: 'TCK-000002', priority: 'p4', status: 'new' });

    // The parties belong together: the contract is the client's, the contact too.
    const bad = async (body: object, field: string, status = 422) => {
      const res = await send(w.agent, 'POST', '/api/v1/tickets', { title: 'x', ...body });
      expect(res.statusCode, res.body).toBe(status);
      expect(Object.keys(res.json().errors)).toEqual([`body.${field}`]);
    };
    await bad({ clientId: w.other.id, contractId: w.contract.id }, 'contractId');
    await bad({ clientId: w.other.id, requesterContactId: w.contact.id }, 'requesterContactId');
    await bad({ contractId: w.contract.id }, 'contractId');
    await bad({ clientId: crypto.randomUUID() }, 'clientId');
    const stranger = await signedIn(h);
    await bad({ assigneeId: stranger.userId }, 'assigneeId', 400);
    expect((await send(w.agent, 'POST', '/api/v1/tickets', { title: '' })).statusCode).toBe(400);
    const list = (await get(w.agent, '/api/v1/tickets')).json();
    expect(list.items.map((t: { number: string }) => t.number)).toEqual([
      'TCK-000002',
      'TCK-000001',
    ]);
  });

  it('moves a ticket through work, a wait on the client, resolution and closure, logging each step', async () => {
    const w = await world();
    let t = await w.open();
    const move = async (body: object) => {
      const res = await send(w.agent, 'POST', `/api/v1/tickets/${t.id}/transitions`, {
        version: t.version,
        ...body,
      });
      if (res.statusCode === 200) t = res.json();
      return res;
    };
    expect((await move({ status: 'in_progress' })).statusCode).toBe(200);
    // A wait names on whom and why.
    expect((await move({ status: 'waiting', reason: 'logs' })).statusCode).toBe(400);
    expect(
      (
        await move({
          status: 'waiting',
          waitingOn: 'client',
          waitingCode: 'reply',
          reason: '请提供防火墙日志',
        })
      ).statusCode,
    ).toBe(200);
    expect(t).toMatchObject({
      status: 'waiting',
      waitingOn: 'client',
      waitingReason: '请提供防火墙日志',
    });
    expect((await move({ status: 'in_progress' })).statusCode).toBe(200);
    expect(t).toMatchObject({ waitingOn: null, waitingReason: null });
    expect((await move({ status: 'resolved' })).statusCode).toBe(400);
    expect((await move({ status: 'resolved', resolution: '更换证书' })).statusCode).toBe(200);
    expect(t).toMatchObject({ resolution: '更换证书', resolvedAt: expect.any(String) });
    expect((await move({ status: 'closed' })).statusCode).toBe(200);
    const closed = await move({ status: 'in_progress' });
    expect(closed.statusCode).toBe(422);
    expect(closed.json().detail).toBe('A closed ticket cannot become in_progress');
    expect(
      (await send(w.agent, 'PATCH', `/api/v1/tickets/${t.id}`, { title: 'x', version: t.version }))
        .statusCode,
    ).toBe(422);
    expect(
      t.events.map(
        (e: { statusFrom: string | null; statusTo: string; waitingOn: string | null }) => [
          e.statusFrom,
          e.statusTo,
          e.waitingOn,
        ],
      ),
    ).toEqual([
      [null, 'new', null],
      ['new', 'in_progress', null],
      ['in_progress', 'waiting', 'client'],
      ['waiting', 'in_progress', null],
      ['in_progress', 'resolved', null],
      ['resolved', 'closed', null],
    ]);
    // Each move is in the audit log; a stale version changes nothing.
    const stale = await send(w.agent, 'POST', `/api/v1/tickets/${t.id}/transitions`, {
      status: 'closed',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    const audit = (await get(w.owner, `/api/v1/audit?entityId=${t.id}&limit=50`)).json();
    expect(audit.items.filter((a: { action: string }) => a.action === 'ticket.move')).toHaveLength(
      5,
    );
  });

  it('reopens a resolved ticket within seven days, and not after', async () => {
    const w = await world();
    /** The agent, signed in again `days` later. */
    const later = async (days: number) => {
      h.clock.advance(days * 86_400_000);
      return { ...w.agent, cookie: await login(h, w.agent.email) };
    };
    const resolved = async (agent: Session) => {
      const t = (await send(agent, 'POST', '/api/v1/tickets', { title: '打印机卡纸' })).json();
      const res = await send(agent, 'POST', `/api/v1/tickets/${t.id}/transitions`, {
        status: 'resolved',
        resolution: '已清理',
        version: t.version,
      });
      return res.json();
    };
    const reopen = async (agent: Session, t: { id: string; version: number }) =>
      send(agent, 'POST', `/api/v1/tickets/${t.id}/transitions`, {
        status: 'in_progress',
        reason: '问题再次出现',
        version: t.version,
      });
    const recent = await resolved(w.agent);
    const reopened = await reopen(await later(6), recent);
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({ resolution: null, resolvedAt: null });
    const old = await resolved(await later(0));
    const late = await reopen(await later(8), old);
    expect(late.statusCode).toBe(422);
    expect(late.json().detail).toBe('Resolved more than 7 days ago: open a new ticket');
  });

  it('follows impact and urgency with the priority, logged with the reason, and assigns a new ticket', async () => {
    const w = await world();
    const t = await w.open({ impact: 'low', urgency: 'low' });
    const res = await send(w.agent, 'PATCH', `/api/v1/tickets/${t.id}`, {
      impact: 'high',
      urgency: 'medium',
      assigneeId: w.agent.userId,
      reason: '影响全部网点',
      version: t.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      priority: 'p2',
      status: 'assigned',
      assignee: { id: w.agent.userId },
    });
    expect(
      res
        .json()
        .events.map((e: { kind: string; priority: string | null; reason: string | null }) => [
          e.kind,
          e.priority,
          e.reason,
        ]),
    ).toEqual([
      ['created', 'p4', null],
      ['priority', 'p2', '影响全部网点'],
      ['assignee', null, null],
      ['status', null, null],
    ]);
    // Taken off before anyone worked it, the ticket is new again; assigning needs an assignee.
    const unassigned = await send(w.agent, 'PATCH', `/api/v1/tickets/${t.id}`, {
      assigneeId: null,
      version: res.json().version,
    });
    expect(unassigned.json()).toMatchObject({ status: 'new', assignee: null });
    const nobody = await send(w.agent, 'POST', `/api/v1/tickets/${t.id}/transitions`, {
      status: 'assigned',
      version: unassigned.json().version,
    });
    expect(nobody.statusCode).toBe(422);
    const open = (await get(w.agent, '/api/v1/tickets?open=true&priority=p2')).json();
    expect(open.items.map((x: { id: string }) => x.id)).toEqual([t.id]);
    const found = (await get(w.agent, '/api/v1/tickets?q=TCK-000001')).json();
    expect(found.items).toHaveLength(1);
  });

  it('runs the contract’s response and resolution clocks, paused while the client is awaited, breached when the target passes', async () => {
    const w = await world();
    for (const [metric, target] of [
      ['first_response_time', 15],
      ['resolution_time', 60],
    ] as const) {
      const res = await send(w.owner, 'POST', `/api/v1/contracts/${w.contract.id}/slas`, {
        metric,
        priority: 'p1',
        target,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const opened = h.clock.now().getTime();
    const at = (minutes: number) => new Date(opened + minutes * 60_000).toISOString();
    /** The agent, `minutes` after the ticket opened, signed in again. */
    const after = async (minutes: number) => {
      h.clock.advance(opened + minutes * 60_000 - h.clock.now().getTime());
      return { ...w.agent, cookie: await login(h, w.agent.email) };
    };
    let t = await w.open({ impact: 'high', urgency: 'high' });
    const clocks = async (agent: Session) => {
      t = (await get(agent, `/api/v1/tickets/${t.id}`)).json();
      return Object.fromEntries(t.slas.map((c: { metric: string }) => [c.metric, c]));
    };
    const move = async (agent: Session, body: object) => {
      t = (
        await send(agent, 'POST', `/api/v1/tickets/${t.id}/transitions`, {
          version: t.version,
          ...body,
        })
      ).json();
    };
    let agent = await after(10);
    expect((await clocks(agent)).first_response_time).toMatchObject({
      state: 'running',
      elapsedSeconds: 600,
      dueAt: at(15),
    });
    await move(agent, { status: 'in_progress' });
    agent = await after(30);
    await move(agent, {
      status: 'waiting',
      waitingOn: 'client',
      waitingCode: 'reply',
      reason: '请提供日志',
    });
    agent = await after(60);
    const waiting = await clocks(agent);
    expect(waiting.first_response_time).toMatchObject({ state: 'met', stoppedAt: at(10) });
    expect(waiting.resolution_time).toMatchObject({
      state: 'paused',
      elapsedSeconds: 30 * 60,
      pausedSeconds: 30 * 60,
      dueAt: null,
    });
    await move(agent, { status: 'in_progress' });
    agent = await after(100);
    expect((await clocks(agent)).resolution_time).toMatchObject({
      state: 'breached',
      elapsedSeconds: 70 * 60,
      breachedAt: at(90),
    });
    // A ticket of a priority the contract sets no target for runs no clock.
    const p4 = await w.open({ impact: 'low', urgency: 'low' });
    expect(p4.slas).toEqual([]);
  });

  it('carries the time run over a priority change, or restarts, as the contract says; and caps pauses', async () => {
    const w = await world();
    const start = h.clock.now().getTime();
    const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
    const slas = [
      { metric: 'resolution_time', priority: 'p3', target: 120 },
      { metric: 'resolution_time', priority: 'p2', target: 60 },
    ] as const;
    const contract = (terms: object) =>
      deskContract(h, w.owner, { clientId: w.client.id }, { slas, terms });
    const retroactive = await contract({});
    const restart = await contract({ slaPriorityChange: 'restart' });
    const capped = await contract({ slaPauseCapMinutes: 30 });
    const [a, b, c] = [
      await w.open({ contractId: retroactive.id }),
      await w.open({ contractId: restart.id }),
      await w.open({ contractId: capped.id }),
    ];
    const agentAt = async (minutes: number) => {
      h.clock.advance(start + minutes * 60_000 - h.clock.now().getTime());
      return { ...w.agent, cookie: await login(h, w.agent.email) };
    };
    let agent = await agentAt(10);
    const waiting = await send(agent, 'POST', `/api/v1/tickets/${c.id}/transitions`, {
      status: 'waiting',
      waitingOn: 'client',
      waitingCode: 'reply',
      reason: '等待日志',
      version: c.version,
    });
    expect(waiting.statusCode, waiting.body).toBe(200);
    agent = await agentAt(40);
    for (const t of [a, b]) {
      const res = await send(agent, 'PATCH', `/api/v1/tickets/${t.id}`, {
        urgency: 'high',
        reason: '影响扩大',
        version: t.version,
      });
      expect(res.json().priority).toBe('p2');
    }
    agent = await agentAt(70);
    const clockOf = async (id: string) =>
      (await get(agent, `/api/v1/tickets/${id}`)).json().slas[0];
    // Retroactive: the P2 hour counts from the opening, and ran out at 60.
    expect(await clockOf(a.id)).toMatchObject({ state: 'breached', breachedAt: at(60) });
    // Restart: the P2 hour counts from the change at 40.
    expect(await clockOf(b.id)).toMatchObject({
      state: 'running',
      elapsedSeconds: 30 * 60,
      dueAt: at(100),
      startedAt: at(40),
    });
    // Capped: the wait paused it for 30 minutes, then it ran on through the rest of the wait.
    expect(await clockOf(c.id)).toMatchObject({
      state: 'running',
      pausedSeconds: 30 * 60,
      elapsedSeconds: 40 * 60,
      dueAt: at(150),
    });
  });

  it("sets priorities by the workspace's own matrix, changed on the version read by those who run the desk", async () => {
    const w = await world();
    const settings = (await get(w.agent, '/api/v1/servicedesk/settings')).json();
    expect(settings.priorityMatrix.medium.medium).toBe('p3');
    const matrix = {
      ...settings.priorityMatrix,
      medium: { ...settings.priorityMatrix.medium, medium: 'p2' },
    };
    const put = (s: Session, version: number) =>
      call(h, {
        method: 'PUT',
        url: '/api/v1/servicedesk/settings',
        cookie: s.cookie,
        payload: { priorityMatrix: matrix, version },
      });
    expect((await put(w.agent, settings.version)).statusCode).toBe(403);
    const saved = await put(w.owner, settings.version);
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await put(w.owner, settings.version)).statusCode).toBe(409);
    const bad = await call(h, {
      method: 'PUT',
      url: '/api/v1/servicedesk/settings',
      cookie: w.owner.cookie,
      payload: { priorityMatrix: { ...matrix, low: { high: 'p9' } }, version: 2 },
    });
    expect(bad.statusCode).toBe(400);
    expect((await w.open({ impact: 'medium', urgency: 'medium' })).priority).toBe('p2');
  });

  it('declares a major incident to the service managers, files incidents under it and resolves them with it', async () => {
    const w = await world();
    const manager = await signedIn(h, {
      workspaceId: w.owner.workspaceId,
      role: 'delivery_manager',
    });
    const outage = await w.open({ title: '核心系统宕机' });
    const [b, c] = [await w.open({ title: '网点无法交易' }), await w.open({ title: 'ATM 离线' })];
    const patch = (t: { id: string; version: number }, body: object) =>
      send(w.agent, 'PATCH', `/api/v1/tickets/${t.id}`, { version: t.version, ...body });
    const major = (await patch(outage, { major: true })).json();
    expect(major.major).toBe(true);
    const told = (
      await call(h, { method: 'GET', url: '/api/v1/notifications', cookie: manager.cookie })
    ).json();
    expect(told.items.map((n: { kind: string }) => n.kind)).toContain('ticket.major');
    const b1 = (await patch(b, { parentId: outage.id })).json();
    expect(b1.parent).toEqual({ id: outage.id, number: outage.number });
    await patch(c, { parentId: outage.id });
    // One level: the outage is filed under nothing, and nothing is filed under a child.
    expect((await patch(major, { parentId: b.id })).statusCode).toBe(422);
    const d = await w.open({ title: '其他' });
    expect((await patch(d, { parentId: b.id })).statusCode).toBe(422);
    const resolved = (
      await send(w.agent, 'POST', `/api/v1/tickets/${outage.id}/transitions`, {
        status: 'resolved',
        resolution: '主机切换到备用机房',
        version: major.version,
      })
    ).json();
    expect(resolved.children.map((x: { status: string }) => x.status)).toEqual([
      'resolved',
      'resolved',
    ]);
    const child = (await get(w.agent, `/api/v1/tickets/${c.id}`)).json();
    expect(child.resolution).toBe(`${outage.number}: 主机切换到备用机房`);
  });

  it('warns that a clock spans a year its calendar has no holiday data for', async () => {
    const w = await world();
    const office = [
      ['09:00', '12:00'],
      ['13:00', '18:00'],
    ];
    const cal = (
      await send(w.owner, 'POST', '/api/v1/calendars', {
        name: '上海',
        timeZone: 'Asia/Shanghai',
        country: 'CN',
        week: [office, office, office, office, office, [], []],
      })
    ).json();
    await send(w.owner, 'POST', `/api/v1/calendars/${cal.id}/presets`, {
      country: 'CN',
      year: 2026,
    });
    // Ten thousand working minutes from late November run into 2027, which has no schedule yet.
    const contract = await deskContract(
      h,
      w.owner,
      { clientId: w.client.id },
      {
        calendarId: cal.id,
        slas: [
          { metric: 'first_response_time', priority: 'p3', target: 60 },
          { metric: 'resolution_time', priority: 'p3', target: 10_000 },
        ],
      },
    );
    const t = await w.open({ contractId: contract.id });
    const gaps = Object.fromEntries(
      t.slas.map((c: { metric: string; holidayGaps: number[] }) => [c.metric, c.holidayGaps]),
    );
    expect(gaps).toEqual({ first_response_time: [], resolution_time: [2027] });
  });

  it('is read by those allowed, and another workspace’s ticket is not found', async () => {
    const w = await world();
    const t = await w.open();
    const member = await signedIn(h, { workspaceId: w.owner.workspaceId, role: 'member' });
    expect((await get(member, '/api/v1/tickets')).statusCode).toBe(403);
    expect((await send(member, 'POST', '/api/v1/tickets', { title: 'x' })).statusCode).toBe(403);
    const outsider = await signedIn(h);
    expect((await get(outsider, `/api/v1/tickets/${t.id}`)).statusCode).toBe(404);
    expect(
      (await send(outsider, 'PATCH', `/api/v1/tickets/${t.id}`, { title: 'x', version: 1 }))
        .statusCode,
    ).toBe(404);
  });
});
