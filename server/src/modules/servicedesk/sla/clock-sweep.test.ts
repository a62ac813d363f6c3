import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { call, login, runJob, type Session, signedIn, useHarness } from '../../../test/harness.ts';
import { deskContract } from '../desk.fixture.ts';

const nineToSix = [
  ['09:00', '12:00'],
  ['13:00', '18:00'],
];

describe.each(dialects)('SLA warnings and escalations on %s', (dialect) => {
  const h = useHarness(dialect);
  const send = (s: Session, method: 'POST' | 'PATCH', url: string, payload: object = {}) =>
    call(h, { method, url, cookie: s.cookie, payload });
  const ok = async (res: ReturnType<typeof call>) => {
    const r = await res;
    expect(r.statusCode, r.body).toBeLessThan(300);
    return r.json();
  };
  /** When the world was made: minutes count from there. */
  let opened = 0;
  const toMinute = (minutes: number) =>
    h.clock.advance(opened + minutes * 60_000 - h.clock.now().getTime());
  /** What a user has been told of tickets, as `kind:percent`, oldest first. */
  const told = async (s: Session) => {
    const cookie = await login(h, s.email);
    const res = await call(h, { method: 'GET', url: '/api/v1/notifications', cookie });
    return (res.json().items as { kind: string; params: { percent: number } }[])
      .filter((n) => n.kind.startsWith('ticket.'))
      .map((n) => `${n.kind}:${n.params.percent}`)
      .reverse();
  };

  /** A desk (agent in the group, the owner its lead), an account manager owning the contract. */
  async function world(calendar: boolean) {
    opened = h.clock.now().getTime();
    const owner = await signedIn(h);
    const ws = { workspaceId: owner.workspaceId };
    const agent = await signedIn(h, { ...ws, role: 'service_desk_agent' });
    const manager = await signedIn(h, { ...ws, role: 'delivery_manager' });
    const accounts = await signedIn(h, { ...ws, role: 'account_manager' });
    const client = await ok(send(owner, 'POST', '/api/v1/clients', { name: '华信银行' }));
    const office = calendar
      ? await ok(
          send(owner, 'POST', '/api/v1/calendars', {
            name: '上海办公室',
            timeZone: 'Asia/Shanghai',
            week: [nineToSix, nineToSix, nineToSix, nineToSix, nineToSix, [], []],
          }),
        )
      : null;
    const contract = await deskContract(
      h,
      owner,
      { clientId: client.id },
      {
        slas: [
          { metric: 'resolution_time', priority: 'p1', target: 20 },
          { metric: 'resolution_time', priority: 'p2', target: 120 },
        ],
        calendarId: office?.id ?? null,
        ownerId: accounts.userId,
      },
    );
    const desk = await ok(
      send(owner, 'POST', '/api/v1/ticket-groups', {
        name: '一线',
        leadId: owner.userId,
        memberIds: [agent.userId],
      }),
    );
    const open = (impact: string) =>
      ok(
        send(agent, 'POST', '/api/v1/tickets', {
          title: '核心交易超时',
          clientId: client.id,
          contractId: contract.id,
          impact,
          urgency: 'high',
          groupId: desk.id,
        }),
      );
    return { owner, agent, manager, accounts, open };
  }

  it('warns the group at half, its lead at three quarters, managers at nine tenths, and the account manager on breach', async () => {
    const w = await world(false);
    await w.open('high');
    toMinute(9);
    expect(await runJob(h, 'servicedesk.clock-sweep')).toEqual({ tickets: 0 });
    toMinute(10);
    expect(await runJob(h, 'servicedesk.clock-sweep')).toEqual({ tickets: 1 });
    expect(await told(w.agent)).toEqual(['ticket.sla_warning:50']);
    expect(await told(w.owner)).toEqual([]);
    toMinute(16);
    await runJob(h, 'servicedesk.clock-sweep');
    expect(await told(w.owner)).toEqual(['ticket.sla_warning:75']);
    expect(await told(w.agent)).toEqual(['ticket.sla_warning:50', 'ticket.sla_warning:75']);
    expect(await told(w.manager)).toEqual([]);
    // Swept late: only the highest level reached is sent.
    toMinute(30);
    await runJob(h, 'servicedesk.clock-sweep');
    expect(await told(w.agent)).toEqual([
      'ticket.sla_warning:50',
      'ticket.sla_warning:75',
      'ticket.sla_breached:100',
    ]);
    expect(await told(w.manager)).toEqual(['ticket.sla_breached:100']);
    expect(await told(w.accounts)).toEqual(['ticket.sla_breached:100']);
    // A breached clock is not watched again.
    expect(await runJob(h, 'servicedesk.clock-sweep')).toEqual({ tickets: 0 });
  });

  it('holds a warning reached out of working hours to the next working minute, but not a P1’s', async () => {
    // Friday 17:00 in Shanghai: the P2's two working hours are half gone at 18:00.
    h.clock.advance(Date.parse('2026-12-04T09:00:00.000Z') - h.clock.now().getTime());
    const w = await world(true);
    await w.open('medium');
    // A P1 opened at 17:50 has used half its twenty minutes when the office closes.
    toMinute(50);
    await w.open('high');
    toMinute(90);
    expect(await runJob(h, 'servicedesk.clock-sweep')).toEqual({ tickets: 2 });
    expect(await told(w.agent)).toEqual(['ticket.sla_warning:50']);
    // Monday 09:00 Shanghai is 64 hours after Friday 17:00.
    toMinute(64 * 60 - 1);
    expect(await runJob(h, 'servicedesk.clock-sweep')).toEqual({ tickets: 0 });
    toMinute(64 * 60 + 1);
    expect(await runJob(h, 'servicedesk.clock-sweep')).toEqual({ tickets: 1 });
    expect(await told(w.agent)).toEqual(['ticket.sla_warning:50', 'ticket.sla_warning:50']);
  });
});
