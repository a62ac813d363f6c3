import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { bindParty, signedIn, useHarness } from '../../../test/harness.ts';
import { invoiceWorld } from '../../finance/invoices/invoices.fixture.ts';

describe.each(dialects)('work logged on a ticket on %s', (dialect) => {
  const h = useHarness(dialect);

  it("enters the person's timesheet on the contract's project, and the ticket's log", async () => {
    const w = await invoiceWorld(h);
    const opened = await w.send(w.owner, 'POST', '/api/v1/tickets', {
      title: '批量作业失败',
      clientId: w.client.id,
      contractId: w.contract.id,
    });
    const t = opened.json();
    const logged = await w.send(w.owner, 'POST', `/api/v1/tickets/${t.id}/work`, {
      personId: w.annaPerson.id,
      day: '2026-11-25',
      hours: 2.5,
      note: '重跑批量并核对日志',
    });
    expect(logged.statusCode, logged.body).toBe(201);
    expect(logged.json().events.at(-1)).toMatchObject({
      kind: 'work',
      reason: '2.5 h 2026-11-25 重跑批量并核对日志',
    });
    const week = (await w.get(w.anna, '/api/v1/time/weeks/2026-11-23')).json();
    const row = week.rows.find((r: { projectId: string }) => r.projectId === w.project.id);
    expect(row.hours[2]).toBe(2.5);
    expect(row.notes[2]).toBe(`${t.number} 重跑批量并核对日志`);

    // Our work notes are ours: a client's portal user reads the ticket without them.
    const portal = await signedIn(h, { workspaceId: w.owner.workspaceId, role: 'client_portal' });
    await bindParty(h, portal, { type: 'client', id: w.client.id });
    const seen = (await w.get(portal, `/api/v1/tickets/${t.id}`)).json();
    expect(seen.events.map((e: { kind: string }) => e.kind)).toEqual(['created']);

    // Anna may log her own time, but not work a ticket; a ticket without a contract has no project.
    const own = await w.send(w.anna, 'POST', `/api/v1/tickets/${t.id}/work`, {
      day: '2026-11-25',
      hours: 1,
    });
    expect(own.statusCode).toBe(403);
    const loose = (
      await w.send(w.owner, 'POST', '/api/v1/tickets', { title: '咨询', clientId: w.client.id })
    ).json();
    const refused = await w.send(w.owner, 'POST', `/api/v1/tickets/${loose.id}/work`, {
      personId: w.annaPerson.id,
      day: '2026-11-25',
      hours: 1,
    });
    expect(refused.statusCode).toBe(422);
    expect(
      (
        await w.send(w.owner, 'POST', `/api/v1/tickets/${t.id}/work`, {
          personId: w.annaPerson.id,
          day: '2026-11-25',
          hours: 0,
        })
      ).statusCode,
    ).toBe(400);
  });
});
