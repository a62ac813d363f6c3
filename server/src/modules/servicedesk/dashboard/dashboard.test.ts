import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { call, login, runJob, type Session, signedIn, useHarness } from '../../../test/harness.ts';
import { deskContract } from '../desk.fixture.ts';

describe.each(dialects)('the service desk dashboard on %s', (dialect) => {
  const h = useHarness(dialect);
  const send = (s: Session, method: 'POST' | 'PATCH' | 'GET', url: string, payload?: object) =>
    call(h, { method, url, cookie: s.cookie, ...(payload ? { payload } : {}) });

  it('counts open tickets by age, clocks at risk, breaches, first-contact resolution and mean times', async () => {
    const opened = h.clock.now().getTime();
    const owner = await signedIn(h);
    const agent = await signedIn(h, { workspaceId: owner.workspaceId, role: 'service_desk_agent' });
    const client = (await send(owner, 'POST', '/api/v1/clients', { name: '华信银行' })).json();
    const contract = await deskContract(
      h,
      owner,
      { clientId: client.id },
      {
        slas: [
          { metric: 'first_response_time', priority: 'p2', target: 30 },
          { metric: 'resolution_time', priority: 'p2', target: 120 },
        ],
      },
    );
    const desk = (
      await send(owner, 'POST', '/api/v1/ticket-groups', {
        name: '一线',
        memberIds: [agent.userId],
      })
    ).json();
    const other = (await send(owner, 'POST', '/api/v1/ticket-groups', { name: '二线' })).json();
    let me = agent;
    const at = async (minutes: number) => {
      h.clock.advance(opened + minutes * 60_000 - h.clock.now().getTime());
      me = { ...agent, cookie: await login(h, agent.email) };
    };
    const open = async (title: string) =>
      (
        await send(me, 'POST', '/api/v1/tickets', {
          title,
          clientId: client.id,
          contractId: contract.id,
          urgency: 'high',
          groupId: desk.id,
        })
      ).json();
    const move = async (t: { id: string; version: number }, body: object) =>
      (
        await send(me, 'POST', `/api/v1/tickets/${t.id}/transitions`, {
          version: t.version,
          ...body,
        })
      ).json();
    const resolved = { status: 'resolved', resolution: '已处理' };

    // A: answered in 10 minutes and resolved in an hour where it was opened.
    const a = await open('A');
    const b = await open('B');
    await at(5);
    // B: handed to another group at once, resolved after its two hours ran out.
    await send(me, 'PATCH', `/api/v1/tickets/${b.id}`, { groupId: other.id, version: b.version });
    await at(10);
    const a1 = await move(a, { status: 'in_progress' });
    await at(60);
    await move(a1, resolved);
    await at(100);
    // C: still open, its response overdue, its resolution due within the horizon.
    const c = await open('C');
    await at(150);
    const b1 = (await send(me, 'GET', `/api/v1/tickets/${b.id}`)).json();
    await move(b1, resolved);
    await at(160);
    await runJob(h, 'servicedesk.clock-sweep');
    me = { ...agent, cookie: await login(h, agent.email) };

    const d = (await send(me, 'GET', '/api/v1/servicedesk/dashboard')).json();
    expect(d.open.find((p: { priority: string }) => p.priority === 'p2')).toEqual({
      priority: 'p2',
      total: 1,
      ages: { under4h: 1, under1d: 0, under3d: 0, older: 0 },
    });
    expect(d.atRisk).toEqual([
      expect.objectContaining({
        ticket: expect.objectContaining({ id: c.id }),
        metric: 'resolution_time',
        party: 'client',
        dueAt: new Date(opened + 220 * 60_000).toISOString(),
      }),
    ]);
    expect(d.breachedThisMonth).toEqual({ client: 3, supplier: 0 });
    expect(d.firstContactResolution).toEqual({ resolved: 2, share: '0.50' });
    expect(d.byPriority.find((p: { priority: string }) => p.priority === 'p2')).toEqual({
      priority: 'p2',
      responded: 2,
      meanResponseMinutes: 80,
      resolved: 2,
      meanResolutionMinutes: 105,
    });
    expect(d.backlog.at(-1).open).toBe(1);
    const mine = (
      await send(me, 'GET', `/api/v1/servicedesk/dashboard?groupId=${other.id}`)
    ).json();
    expect(mine.open.every((p: { total: number }) => p.total === 0)).toBe(true);
    expect(mine.firstContactResolution).toEqual({ resolved: 1, share: '0.00' });
  });
});
