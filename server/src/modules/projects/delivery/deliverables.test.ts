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
import { runStatusReportDrafts } from './status-report-drafts.job.ts';

describe.each(dialects)('deliverables and the client portal on %s', (dialect) => {
  const h = useHarness(dialect);
  const send = (s: Session, method: 'POST' | 'PATCH', url: string, payload: object) =>
    call(h, { method, url, cookie: s.cookie, payload });
  const post = (s: Session, url: string, payload: object) => send(s, 'POST', url, payload);
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });

  async function world() {
    const owner = await signedIn(h);
    const { client, contract } = await signedContract(h, owner);
    const other = (await post(owner, '/api/v1/clients', { name: '远东保险' })).json();
    const project = (
      await post(owner, '/api/v1/projects', { contractId: contract.id, budgetMinor: 1 })
    ).json();
    const reviewer = await signedIn(h, { workspaceId: owner.workspaceId, role: 'client_portal' });
    await bindParty(h, reviewer, { type: 'client', id: client.id });
    const stranger = await signedIn(h, { workspaceId: owner.workspaceId, role: 'client_portal' });
    await bindParty(h, stranger, { type: 'client', id: other.id });
    return { owner, project, reviewer, stranger };
  }

  it('hands a deliverable to the client, who rejects it with a reason and then accepts it', async () => {
    const { owner, project, reviewer, stranger } = await world();
    const url = `/api/v1/projects/${project.id}`;
    const [milestone] = (
      await post(owner, `${url}/milestones`, { name: '测试方案确认', dueDate: '2027-01-15' })
    ).json();
    const [plan] = (
      await post(owner, `${url}/deliverables`, {
        name: '测试方案',
        acceptanceCriteria: '覆盖全部核心交易；客户测试经理签字',
        ownerId: owner.userId,
        dueDate: '2027-01-10',
        milestoneId: milestone.id,
      })
    ).json();
    expect(plan).toMatchObject({
      status: 'planned',
      milestone: { id: milestone.id },
      rejectionCount: 0,
    });

    // The client sees only its own projects, and nothing of money or who did the work.
    expect((await get(reviewer, '/api/v1/client-portal/projects')).json().items).toMatchObject([
      { id: project.id },
    ]);
    expect((await get(stranger, '/api/v1/client-portal/projects')).json().items).toEqual([]);
    expect((await get(stranger, `/api/v1/client-portal/projects/${project.id}`)).statusCode).toBe(
      404,
    );
    const seen = (await get(reviewer, `/api/v1/client-portal/projects/${project.id}`)).json();
    expect(Object.keys(seen).sort()).toEqual(
      [
        'changeRequests',
        'deliverables',
        'endDate',
        'health',
        'id',
        'milestones',
        'name',
        'number',
        'phase',
        'signedOffAt',
        'startDate',
        'statusReports',
      ].sort(),
    );
    expect(seen.deliverables[0]).not.toHaveProperty('owner');
    expect((await get(reviewer, `${url}/deliverables`)).statusCode).toBe(403);

    const submitted = await post(owner, `${url}/deliverables/${plan.id}/submit`, {
      version: plan.version,
      note: 'v1.0 attached',
    });
    expect(submitted.json()[0]).toMatchObject({
      status: 'submitted',
      submissionNote: 'v1.0 attached',
    });
    const told = await h.db
      .selectFrom('notifications')
      .select('kind')
      .where('user_id', '=', reviewer.userId)
      .execute();
    expect(told.map((n) => n.kind)).toEqual(['deliverable.submitted']);

    const decision = `/api/v1/client-portal/deliverables/${plan.id}/decisions`;
    expect((await post(reviewer, decision, { version: 2, decision: 'rejected' })).statusCode).toBe(
      400,
    );
    expect((await post(stranger, decision, { version: 2, decision: 'accepted' })).statusCode).toBe(
      404,
    );
    const rejected = await post(reviewer, decision, {
      version: 2,
      decision: 'rejected',
      comment: '缺少批量交易场景',
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', rejectionCount: 1 });

    await post(owner, `${url}/deliverables/${plan.id}/submit`, { version: 3, note: 'v1.1' });
    const before = await auditCount(h, owner.workspaceId);
    const accepted = await post(reviewer, decision, { version: 4, decision: 'accepted' });
    expect(accepted.json()).toMatchObject({ status: 'accepted', rejectionCount: 1 });
    // The acceptance and the milestone it completes: two entries, one transaction.
    expect(await auditCount(h, owner.workspaceId)).toBe(before + 2);
    const milestones = (await get(owner, `${url}/milestones`)).json().items;
    expect(milestones[0]).toMatchObject({ status: 'completed', completedOn: '2026-11-27' });
    expect(
      (await post(reviewer, decision, { version: 5, decision: 'rejected', comment: 'x' }))
        .statusCode,
    ).toBe(422);
  });

  it('publishes a status report with its figures to the client, without the cost side', async () => {
    const { owner, project, reviewer } = await world();
    const url = `/api/v1/projects/${project.id}`;
    await post(owner, `${url}/milestones`, { name: '测试方案确认', dueDate: '2026-12-15' });
    await post(owner, `${url}/milestones`, { name: '上线', dueDate: '2027-05-01' });
    await post(owner, `${url}/issues`, { title: '测试环境未就绪', dueDate: '2026-11-20' });
    const bad = await post(owner, `${url}/status-reports`, {
      scope: 'blue',
      schedule: 'green',
      cost: 'green',
      quality: 'green',
      summary: 'x',
    });
    expect(bad.statusCode).toBe(400);
    const [draft] = (
      await post(owner, `${url}/status-reports`, {
        scope: 'green',
        schedule: 'amber',
        cost: 'red',
        quality: 'green',
        summary: '测试环境延迟一周',
      })
    ).json();
    expect(draft).toMatchObject({
      status: 'draft',
      periodEnd: '2026-11-27',
      figures: {
        percentComplete: 0,
        milestonesDue: [{ name: '测试方案确认', dueDate: '2026-12-15' }],
        openIssues: 1,
        overdueIssues: 1,
        deliverablesWaiting: 0,
      },
    });
    const portal = async () =>
      (await get(reviewer, `/api/v1/client-portal/projects/${project.id}`)).json().statusReports;
    expect(await portal()).toEqual([]);
    const [published] = (
      await post(owner, `${url}/status-reports/${draft.id}/publish`, { version: draft.version })
    ).json();
    expect(published.status).toBe('published');
    const [seen] = await portal();
    expect(seen).toMatchObject({ schedule: 'amber', summary: '测试环境延迟一周' });
    expect(seen).not.toHaveProperty('cost');
    expect(seen.figures).not.toHaveProperty('cpi');
    const again = await post(owner, `${url}/status-reports/${draft.id}/publish`, { version: 2 });
    expect(again.statusCode).toBe(422);
  });

  it('drafts each project’s weekly report on its own, for the manager to rate, write and publish', async () => {
    const owner = await signedIn(h);
    const project = (
      await post(owner, '/api/v1/projects', {
        name: '内部工具升级',
        managerId: owner.userId,
        budgetMinor: 5_000_000,
        currency: 'CNY',
        startDate: '2026-11-02',
        endDate: '2027-02-26',
      })
    ).json();
    const url = `/api/v1/projects/${project.id}`;
    const deps = { db: h.db, config: h.config, clock: h.clock };
    const drafts = async () => (await get(owner, `${url}/status-reports`)).json().items;
    // Still in initiation, the project has nothing to report yet.
    await runStatusReportDrafts(deps);
    expect(await drafts()).toEqual([]);
    await post(owner, `${url}/advance`, { version: 1, overrideReason: 'Charter agreed by mail' });
    const [changeRequest] = (
      await post(owner, `${url}/change-requests`, {
        title: '增加报表',
        description: '新增月度报表',
        reason: '业务要求',
      })
    ).json();
    expect(changeRequest.status).toBe('draft');
    await post(owner, `${url}/change-requests/${changeRequest.id}/submit`, { version: 1 });

    const before = await auditCount(h, owner.workspaceId);
    await runStatusReportDrafts(deps);
    await runStatusReportDrafts(deps);
    // Once a week: for the week that ended on Sunday 22 November, audited as the system.
    expect(await auditCount(h, owner.workspaceId)).toBe(before + 1);
    const [draft] = await drafts();
    expect(draft).toMatchObject({
      periodEnd: '2026-11-22',
      status: 'draft',
      scope: 'amber',
      schedule: project.health,
      summary: '',
    });
    const told = await h.db
      .selectFrom('notifications')
      .select('kind')
      .where('user_id', '=', owner.userId)
      .execute();
    expect(told.map((n) => n.kind)).toContain('status_report.draft');

    const one = `${url}/status-reports/${draft.id}`;
    const publish = `${one}/publish`;
    expect((await post(owner, publish, { version: 1 })).statusCode).toBe(422);
    const [written] = (
      await send(owner, 'PATCH', one, {
        version: 1,
        summary: '报表需求待客户确认',
        quality: 'amber',
      })
    ).json();
    expect(written).toMatchObject({ summary: '报表需求待客户确认', quality: 'amber', version: 2 });
    expect((await post(owner, publish, { version: 2 })).json()[0].status).toBe('published');
    expect((await send(owner, 'PATCH', one, { version: 3, summary: 'x' })).statusCode).toBe(422);
  });

  it('closes a project once its records say so, with the client’s sign-off and lessons anyone can find', async () => {
    const { owner, project, reviewer } = await world();
    const url = `/api/v1/projects/${project.id}`;
    const [issue] = (await post(owner, `${url}/issues`, { title: '测试环境未就绪' })).json();
    await h.db
      .updateTable('projects')
      .set({ phase: 'closure' })
      .where('id', '=', project.id)
      .execute();
    const gates = async () => (await get(owner, url)).json().gates.closure;
    expect(await gates()).toEqual({
      deliverables_accepted: true,
      time_approved: true,
      issues_closed: false,
      lessons_recorded: false,
      client_signed_off: false,
    });
    const tick = await call(h, {
      method: 'PUT',
      url: `${url}/gates/closure/issues_closed`,
      cookie: owner.cookie,
      payload: { done: true, version: 1 },
    });
    expect(tick.statusCode).toBe(422);
    expect((await post(owner, `${url}/advance`, { version: 1 })).statusCode).toBe(422);

    await send(owner, 'PATCH', `${url}/issues/${issue.id}`, {
      status: 'closed',
      resolution: '临时环境',
      version: 1,
    });
    const lessons = await post(owner, `${url}/lessons`, {
      wentWell: '每日站会让客户测试经理始终知情',
      toChange: '测试环境应在启动阶段申请',
      tags: ['environments', 'testing'],
    });
    expect(lessons.json()).toHaveLength(1);
    const evaluated = await call(h, {
      method: 'PUT',
      url: `${url}/evaluation`,
      cookie: owner.cookie,
      payload: { version: 1, scheduleScore: 3, costScore: 4, qualityScore: 5 },
    });
    expect(evaluated.json().evaluation).toMatchObject({
      scheduleScore: 3,
      costScore: 4,
      qualityScore: 5,
    });
    const signOff = `/api/v1/client-portal/projects/${project.id}/sign-off`;
    expect((await post(reviewer, signOff, { satisfaction: 6 })).statusCode).toBe(400);
    expect(
      (await post(reviewer, signOff, { satisfaction: 5, comment: '按期交付' })).statusCode,
    ).toBe(200);
    expect((await post(reviewer, signOff, { satisfaction: 4 })).statusCode).toBe(422);
    expect(Object.values(await gates()).every(Boolean)).toBe(true);
    const current = (await get(owner, url)).json();
    expect(current.evaluation).toMatchObject({ clientSatisfaction: 5, signOffComment: '按期交付' });
    const closed = await post(owner, `${url}/advance`, { version: current.version });
    expect(closed.json()).toMatchObject({ phase: 'closed' });
    expect((await post(owner, `${url}/lessons`, { wentWell: 'x', toChange: 'y' })).statusCode).toBe(
      422,
    );

    const found = (await get(owner, '/api/v1/lessons?q=测试环境')).json().items;
    expect(found).toMatchObject([
      { project: { id: project.id }, tags: ['environments', 'testing'] },
    ]);
    expect((await get(owner, '/api/v1/lessons?tag=testing')).json().items).toHaveLength(1);
    expect((await get(owner, '/api/v1/lessons?tag=test')).json().items).toHaveLength(0);
    expect((await get(reviewer, '/api/v1/lessons')).statusCode).toBe(403);
  });

  it('keeps the client portal to client portal users and internal members', async () => {
    const { owner, project } = await world();
    const supplierUser = await signedIn(h, {
      workspaceId: owner.workspaceId,
      role: 'supplier_portal',
    });
    expect((await get(supplierUser, '/api/v1/client-portal/projects')).statusCode).toBe(403);
    expect((await get(owner, `/api/v1/client-portal/projects/${project.id}`)).statusCode).toBe(200);
    const elsewhere = await signedIn(h);
    expect((await get(elsewhere, `/api/v1/client-portal/projects/${project.id}`)).statusCode).toBe(
      404,
    );
  });
});
