import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import {
  auditCount,
  call,
  positionId,
  type Session,
  signedIn,
  useHarness,
} from '../../test/harness.ts';
import { signedContract } from './projects.fixture.ts';

describe.each(dialects)('projects on %s', (dialect) => {
  const h = useHarness(dialect);
  const send = (
    s: Session,
    method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
  ) => call(h, { method, url, cookie: s.cookie, ...(payload ? { payload } : {}) });
  const post = (s: Session, url: string, payload: object) => send(s, 'POST', url, payload);
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });

  it('starts from a signed contract and moves through its phases by their checklists', async () => {
    const owner = await signedIn(h);
    const { client, contract } = await signedContract(h, owner);
    const created = await post(owner, '/api/v1/projects', {
      contractId: contract.id,
      goals: [{ objective: 'Regression suite automated', target: '80%', actual: null }],
    });
    expect(created.statusCode).toBe(201);
    const p = created.json();
    expect(p).toMatchObject({
      number: 'PRJ-0001',
      name: '核心系统迁移测试',
      client: { id: client.id, name: client.name },
      contract: { id: contract.id, number: contract.number, title: contract.title },
      currency: 'CNY',
      billingModel: 'milestone',
      budgetMinor: 180_000_000,
      startDate: '2026-12-01',
      endDate: '2027-05-31',
      phase: 'initiation',
      health: 'green',
    });
    expect(p.gates.initiation).toEqual({
      charter_agreed: false,
      manager_named: false,
      budget_confirmed: false,
    });

    const url = `/api/v1/projects/${p.id}`;
    const early = await post(owner, `${url}/advance`, { version: 1 });
    expect(early.statusCode).toBe(422);
    const before = await auditCount(h, owner.workspaceId);
    const overridden = await post(owner, `${url}/advance`, {
      version: 1,
      overrideReason: 'Charter signed with the SOW',
    });
    expect(overridden.json()).toMatchObject({ phase: 'planning', version: 2 });
    expect(await auditCount(h, owner.workspaceId)).toBe(before + 1);
    const entry = await h.db
      .selectFrom('audit_entries')
      .select('changes')
      .where('action', '=', 'project.advance')
      .where('entity_id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(entry.changes)).toContain('Charter signed with the SOW');

    let version = 2;
    for (const key of ['work_breakdown', 'team_staffed', 'milestones_set']) {
      const ticked = await send(owner, 'PUT', `${url}/gates/planning/${key}`, {
        done: true,
        version,
      });
      version = ticked.json().version;
    }
    expect(
      (await send(owner, 'PUT', `${url}/gates/planning/nonsense`, { done: true, version }))
        .statusCode,
    ).toBe(400);
    const next = await post(owner, `${url}/advance`, { version });
    expect(next.json().phase).toBe('execution');

    // Without a contract a project needs its own name, dates and currency.
    expect((await post(owner, '/api/v1/projects', { name: 'Internal' })).statusCode).toBe(400);
    const internal = await post(owner, '/api/v1/projects', {
      name: 'Delivery tooling',
      startDate: '2026-12-01',
      endDate: '2027-02-28',
      currency: 'CNY',
    });
    expect(internal.json()).toMatchObject({ client: null, contract: null, budgetMinor: 0 });
    const draft = (
      await post(owner, '/api/v1/contracts', {
        partyType: 'client',
        clientId: client.id,
        type: 'sow',
        title: 'Not signed',
        currency: 'CNY',
        valueMinor: 1,
        startDate: '2026-12-01',
        endDate: '2027-05-31',
        billingModel: 'fixed_price',
      })
    ).json();
    expect((await post(owner, '/api/v1/projects', { contractId: draft.id })).statusCode).toBe(422);

    const other = await signedIn(h);
    expect((await get(other, url)).statusCode).toBe(404);
    expect((await post(other, `${url}/advance`, { version })).statusCode).toBe(404);
  });

  it('keeps a work breakdown with dependencies and refuses a loop', async () => {
    const owner = await signedIn(h);
    const { contract } = await signedContract(h, owner);
    const p = (await post(owner, '/api/v1/projects', { contractId: contract.id })).json();
    const url = `/api/v1/projects/${p.id}`;
    const task = async (name: string, extra: object = {}) => {
      const list = (
        await post(owner, `${url}/tasks`, {
          name,
          estimateHours: 40,
          startDate: '2026-12-01',
          finishDate: '2026-12-11',
          ...extra,
        })
      ).json();
      return list.find((t: { name: string }) => t.name === name).id as string;
    };
    const phase = await task('Test design');
    const a = await task('Test plan', { parentId: phase });
    const b = await task('Test cases', { parentId: phase });
    const c = await task('Test run');
    const link = (predecessorId: string, successorId: string, extra: object = {}) =>
      post(owner, `${url}/dependencies`, { predecessorId, successorId, ...extra });
    expect((await link(a, b)).statusCode).toBe(200);
    expect((await link(b, c, { type: 'SS', lagDays: 2 })).statusCode).toBe(200);
    const loop = await link(c, a);
    expect(loop.statusCode).toBe(422);
    expect((await link(a, a)).statusCode).toBe(400);
    expect((await link(a, b)).statusCode).toBe(409);
    const tasks = (await get(owner, `${url}/tasks`)).json().items;
    expect(tasks.find((t: { id: string }) => t.id === c).predecessors).toEqual([
      { taskId: b, type: 'SS', lagDays: 2 },
    ]);

    // Test run waits two working days after test cases start; test design spans its subtasks.
    const plan = (await get(owner, `${url}/schedule`)).json().items;
    const at = (id: string) => plan.find((x: { id: string }) => x.id === id);
    expect(at(b)).toMatchObject({ earlyStart: '2026-12-14', critical: true });
    expect(at(c)).toMatchObject({ earlyStart: '2026-12-16' });
    expect(at(phase)).toMatchObject({ earlyStart: '2026-12-01', critical: true });

    // A task under itself, or an assignee not booked on the project: 400.
    const under = await send(owner, 'PATCH', `${url}/tasks/${phase}`, { parentId: a, version: 1 });
    expect(under.statusCode).toBe(400);
    const person = (await post(owner, '/api/v1/people', { kind: 'employee', name: '陈静' })).json();
    const unbooked = await send(owner, 'PATCH', `${url}/tasks/${a}`, {
      assigneeId: person.id,
      version: 1,
    });
    expect(unbooked.statusCode).toBe(400);
    const booked = await post(owner, '/api/v1/assignments', {
      personId: person.id,
      projectId: p.id,
      positionId: await positionId(h, owner, 'Test analyst'),
      startDate: '2026-12-01',
      endDate: '2027-01-31',
      hoursPerWeek: 40,
    });
    expect(booked.json().projectId).toBe(p.id);
    const assigned = await send(owner, 'PATCH', `${url}/tasks/${a}`, {
      assigneeId: person.id,
      percentComplete: 50,
      status: 'in_progress',
      version: 1,
    });
    expect(assigned.json().find((t: { id: string }) => t.id === a)).toMatchObject({
      assignee: { name: '陈静' },
      percentComplete: 50,
    });
    expect((await send(owner, 'DELETE', `${url}/tasks/${phase}`)).statusCode).toBe(422);
    const afterDelete = (await send(owner, 'DELETE', `${url}/tasks/${b}`)).json();
    expect(afterDelete.find((t: { id: string }) => t.id === c).predecessors).toEqual([]);
  });

  it('schedules on the assignee’s calendar and measures slips against a baseline', async () => {
    const owner = await signedIn(h);
    const { contract } = await signedContract(h, owner);
    const p = (await post(owner, '/api/v1/projects', { contractId: contract.id })).json();
    const url = `/api/v1/projects/${p.id}`;
    const person = (await post(owner, '/api/v1/people', { kind: 'employee', name: '陈静' })).json();
    await post(owner, '/api/v1/assignments', {
      personId: person.id,
      projectId: p.id,
      positionId: await positionId(h, owner, 'Test analyst'),
      startDate: '2026-12-01',
      endDate: '2027-01-31',
      hoursPerWeek: 40,
      status: 'confirmed',
    });
    // Five working days from Monday 7 December, by 陈静.
    const [task] = (
      await post(owner, `${url}/tasks`, {
        name: 'Regression run',
        estimateHours: 40,
        startDate: '2026-12-07',
        finishDate: '2026-12-11',
        assigneeId: person.id,
      })
    ).json();
    const before = await auditCount(h, owner.workspaceId);
    const saved = await post(owner, `${url}/baselines`, { name: 'Signed plan' });
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject([{ seq: 1, name: 'Signed plan', taskCount: 1 }]);
    expect(await auditCount(h, owner.workspaceId)).toBe(before + 1);
    const at = async () => (await get(owner, `${url}/schedule`)).json().items[0];
    expect(await at()).toMatchObject({
      earlyFinish: '2026-12-11',
      baselineFinish: '2026-12-11',
      finishVarianceDays: 0,
    });

    // Her approved leave on Wednesday and Thursday pushes the finish two working days on.
    await post(owner, `/api/v1/people/${person.id}/absences`, {
      kind: 'leave',
      startDate: '2026-12-09',
      endDate: '2026-12-10',
    });
    expect(await at()).toMatchObject({ earlyFinish: '2026-12-15', finishVarianceDays: 4 });
    expect(task.id).toBeDefined();
  });

  it('logs issues, closed only with what was done, and decisions as they were taken', async () => {
    const owner = await signedIn(h);
    const { contract } = await signedContract(h, owner);
    const p = (await post(owner, '/api/v1/projects', { contractId: contract.id })).json();
    const url = `/api/v1/projects/${p.id}`;
    const issues = (
      await post(owner, `${url}/issues`, {
        title: '测试环境未就绪',
        severity: 'high',
        ownerId: owner.userId,
        dueDate: '2026-11-20',
      })
    ).json();
    expect(issues[0]).toMatchObject({ status: 'open', overdue: true, owner: { id: owner.userId } });
    const issue = `${url}/issues/${issues[0].id}`;
    expect((await send(owner, 'PATCH', issue, { status: 'closed', version: 1 })).statusCode).toBe(
      400,
    );
    const closed = await send(owner, 'PATCH', issue, {
      status: 'closed',
      resolution: '客户提供了临时环境',
      version: 1,
    });
    expect(closed.json()[0]).toMatchObject({ status: 'closed', overdue: false });
    const stranger = await signedIn(h);
    const foreign = await post(owner, `${url}/issues`, { title: 'x', ownerId: stranger.userId });
    expect(foreign.statusCode).toBe(400);

    const decisions = await post(owner, `${url}/decision-log`, {
      title: '迁移窗口',
      decision: '周末分两批迁移',
      decidedOn: '2026-11-26',
      decidedBy: '指导委员会',
    });
    expect(decisions.json()[0]).toMatchObject({ decidedBy: '指导委员会' });
    expect((await get(stranger, `${url}/decision-log`)).statusCode).toBe(404);
  });

  it('tracks milestones and keeps a closed project as it was', async () => {
    const owner = await signedIn(h);
    const { contract } = await signedContract(h, owner);
    const p = (await post(owner, '/api/v1/projects', { contractId: contract.id })).json();
    const url = `/api/v1/projects/${p.id}`;
    const list = (
      await post(owner, `${url}/milestones`, {
        name: '测试方案确认',
        dueDate: '2027-01-15',
        amountMinor: 60_000_000,
      })
    ).json();
    const done = await send(owner, 'PATCH', `${url}/milestones/${list[0].id}`, {
      status: 'completed',
      version: 1,
    });
    expect(done.json()[0]).toMatchObject({ status: 'completed', completedOn: '2026-11-27' });

    let version = 1;
    for (let i = 0; i < 5; i++) {
      const moved = await post(owner, `${url}/advance`, { version, overrideReason: 'Test walk' });
      version = moved.json().version;
    }
    expect((await get(owner, url)).json()).toMatchObject({ phase: 'closed' });
    expect((await send(owner, 'PATCH', url, { name: 'x', version })).statusCode).toBe(422);
    expect(
      (await post(owner, `${url}/milestones`, { name: 'Late', dueDate: '2027-02-01' })).statusCode,
    ).toBe(422);
  });
});
