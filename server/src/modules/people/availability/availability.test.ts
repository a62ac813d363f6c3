import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import {
  auditCount,
  bindParty,
  call,
  login,
  type Session,
  signedIn,
  useHarness,
} from '../../../test/harness.ts';
import { runCredentialReminders } from '../compliance/credential-reminders.job.ts';
import { runWorkerCompliance } from '../compliance/worker-compliance.job.ts';

const DAY_MS = 86_400_000;

describe.each(dialects)('availability and compliance on %s', (dialect) => {
  const h = useHarness(dialect);
  const send = (
    s: Session,
    method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
  ) => call(h, { method, url, cookie: s.cookie, ...(payload ? { payload } : {}) });
  const post = (s: Session, url: string, payload: object) => send(s, 'POST', url, payload);
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });
  const deps = () => ({ db: h.db, config: h.config, clock: h.clock });
  const inbox = async (s: Session) =>
    (await get(s, '/api/v1/notifications')).json().items.map((n: { kind: string }) => n.kind);

  it('takes approved leave and training off capacity; a person’s own leave waits for HR', async () => {
    const owner = await signedIn(h);
    const ws = owner.workspaceId;
    const hr = await signedIn(h, { workspaceId: ws, role: 'hr' });
    const member = await signedIn(h, { workspaceId: ws, role: 'member' });
    expect((await get(member, '/api/v1/me/person')).statusCode).toBe(404);
    const person = (
      await post(owner, '/api/v1/people', {
        kind: 'employee',
        name: 'Mia Member',
        userId: member.userId,
      })
    ).json();
    const again = await post(owner, '/api/v1/people', {
      kind: 'employee',
      name: 'Twin',
      userId: member.userId,
    });
    expect(again.statusCode).toBe(400);

    // HR records a training week: approved as entered, and the week has no capacity left.
    const before = await auditCount(h, ws);
    const training = await post(hr, `/api/v1/people/${person.id}/absences`, {
      kind: 'training',
      startDate: '2026-12-07',
      endDate: '2026-12-11',
    });
    expect(training.json()[0]).toMatchObject({ status: 'approved', kind: 'training' });
    expect(await auditCount(h, ws)).toBe(before + 1);

    // The person asks for two days of leave themselves: requested, HR is told.
    expect((await get(member, '/api/v1/me/person')).json().name).toBe('Mia Member');
    const asked = await post(member, '/api/v1/me/person/absences', {
      kind: 'leave',
      startDate: '2026-12-14',
      endDate: '2026-12-15',
      note: 'Family',
    });
    expect(asked.statusCode).toBe(200);
    const leave = asked.json().find((a: { kind: string }) => a.kind === 'leave');
    expect(leave.status).toBe('requested');
    expect(await inbox(hr)).toContain('absence.requested');
    const waiting = (await get(hr, '/api/v1/absences')).json().items;
    expect(waiting.map((a: { id: string }) => a.id)).toEqual([leave.id]);
    expect((await get(member, '/api/v1/absences')).statusCode).toBe(403);

    const capacity = async () =>
      (await get(owner, '/api/v1/staffing/utilization?from=2026-12-07&weeks=2'))
        .json()
        .items.find((r: { person: { id: string } }) => r.person.id === person.id)
        .cells.map((c: { capacity: number }) => c.capacity);
    expect(await capacity()).toEqual([0, 40]);
    const decided = await post(hr, `/api/v1/people/${person.id}/absences/${leave.id}/decisions`, {
      decision: 'approved',
      version: 1,
    });
    expect(decided.json().find((a: { id: string }) => a.id === leave.id).status).toBe('approved');
    expect(await capacity()).toEqual([0, 24]);
    expect(await inbox(member)).toContain('absence.approved');
    const twice = await post(hr, `/api/v1/people/${person.id}/absences/${leave.id}/decisions`, {
      decision: 'rejected',
      version: 2,
    });
    expect(twice.statusCode).toBe(422);

    // Their own skills: set by themselves, unverified until a manager verifies.
    const skill = (
      await post(owner, '/api/v1/skills', { category: 'Data', nameEn: 'Python', nameZh: 'Python' })
    ).json();
    const own = await send(member, 'PUT', `/api/v1/me/person/skills/${skill.id}`, {
      proficiency: 4,
    });
    expect(own.json()[0]).toMatchObject({ proficiency: 4, verified: false });
    await post(hr, `/api/v1/people/${person.id}/skills/${skill.id}/verify`, {});
    expect((await get(member, '/api/v1/me/person/skills')).json().items[0].verified).toBe(true);
    expect((await get(member, '/api/v1/me/assignments')).json().items).toEqual([]);
  });

  it('turns a supplier worker’s access off when their NDA runs out, and on once renewed', async () => {
    const owner = await signedIn(h);
    const ws = owner.workspaceId;
    const hr = await signedIn(h, { workspaceId: ws, role: 'hr' });
    const supplier = (await post(owner, '/api/v1/suppliers', { name: 'Baltic Dev' })).json();
    const contract = (
      await post(owner, '/api/v1/contracts', {
        partyType: 'supplier',
        supplierId: supplier.id,
        type: 'sow',
        title: 'Team',
        currency: 'EUR',
        valueMinor: 100_000,
        startDate: '2026-01-01',
        endDate: '2027-06-30',
        billingModel: 'time_and_materials',
      })
    ).json();
    // As signing leaves it: in force.
    await h.db
      .updateTable('contracts')
      .set({ status: 'active' })
      .where('id', '=', contract.id)
      .execute();
    const portal = await signedIn(h, { workspaceId: ws, role: 'supplier_portal' });
    await bindParty(h, portal, { type: 'supplier', id: supplier.id });
    const worker = (
      await post(owner, '/api/v1/people', {
        kind: 'supplier_worker',
        name: 'Carl Worker',
        supplierId: supplier.id,
        supplierContractId: contract.id,
        userId: portal.userId,
      })
    ).json();
    // Only NDA and background checks matter here.
    expect(
      (
        await send(owner, 'PATCH', '/api/v1/settings', {
          workerDocuments: ['nda', 'background_check'],
        })
      ).json().workerDocuments,
    ).toEqual(['nda', 'background_check']);
    await post(hr, `/api/v1/people/${worker.id}/credentials`, {
      kind: 'nda',
      name: 'NDA 2026',
      issuedOn: '2026-01-01',
      expiresOn: '2026-12-15',
    });
    await post(hr, `/api/v1/people/${worker.id}/credentials`, {
      kind: 'background_check',
      name: 'Background check',
      issuedOn: '2026-01-01',
    });
    expect(await runWorkerCompliance(deps())).toBe(0);
    expect((await get(portal, '/api/v1/me/person')).statusCode).toBe(200);
    const nda = (await get(hr, `/api/v1/people/${worker.id}/credentials`)).json().items;
    expect(nda.find((c: { kind: string }) => c.kind === 'nda').state).toBe('expiring');

    // The reminder goes once to HR and to the worker.
    await runCredentialReminders(deps());
    await runCredentialReminders(deps());
    expect((await inbox(hr)).filter((k: string) => k === 'credential.expiring')).toHaveLength(1);

    h.clock.advance(20 * DAY_MS); // 2026-12-17: the NDA has run out.
    // Twenty days idle end every session; the office signs in again.
    owner.cookie = await login(h, owner.email);
    hr.cookie = await login(h, hr.email);
    const before = await auditCount(h, ws);
    expect(await runWorkerCompliance(deps())).toBe(1);
    expect(await runWorkerCompliance(deps())).toBe(0);
    expect((await get(portal, '/api/v1/me/person')).statusCode).toBe(401);
    expect(await auditCount(h, ws)).toBe(before + 1);
    const members = (await get(owner, '/api/v1/members?status=disabled')).json().items;
    expect(members.map((m: { userId: string }) => m.userId)).toEqual([portal.userId]);
    expect(await inbox(hr)).toContain('worker.suspended_documents');

    // A new NDA: the next run gives access back; the worker signs in again.
    await post(hr, `/api/v1/people/${worker.id}/credentials`, {
      kind: 'nda',
      name: 'NDA 2027',
      issuedOn: '2026-12-17',
      expiresOn: '2027-12-31',
    });
    expect(await runWorkerCompliance(deps())).toBe(1);
    const again = await call(h, {
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: portal.email, password: 'correct horse battery' },
      remoteAddress: '10.99.0.1',
    });
    expect(again.statusCode).toBe(200);
    expect(await inbox(hr)).toContain('worker.restored');

    // An admin's own disabling stands: the job does not switch that member back on.
    const member = members[0];
    const current = (await get(owner, `/api/v1/members/${member.id}`)).json();
    await send(owner, 'PATCH', `/api/v1/members/${member.id}`, {
      version: current.version,
      status: 'disabled',
    });
    expect(await runWorkerCompliance(deps())).toBe(0);
    expect((await get(owner, `/api/v1/members/${member.id}`)).json().status).toBe('disabled');

    const other = await signedIn(h);
    expect((await get(other, `/api/v1/people/${worker.id}/credentials`)).statusCode).toBe(404);
  });
});
