import { describe, expect, it } from 'vitest';
import { convertMinor } from '../../../platform/money.ts';
import { dialects } from '../../../test/databases.ts';
import { call, type Session, signedIn, useHarness } from '../../../test/harness.ts';
import { ANNA_HOURLY, row, timeWorld, WEEK } from '../../time/time.fixture.ts';
import { runEarnedValue } from './evm.job.ts';

describe.each(dialects)('earned value on %s', (dialect) => {
  const h = useHarness(dialect);
  const send = (s: Session, method: 'POST' | 'PUT' | 'PATCH', url: string, payload: object) =>
    call(h, { method, url, cookie: s.cookie, payload });
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });
  // Anna's 40 hours at her cost rate, in the project's yuan.
  const ac = convertMinor(40 * ANNA_HOURLY, 'EUR', 'CNY', String(1 / 0.13));

  /** Anna logs 40 hours this week (on a task, if given) and the owner approves them. */
  async function approvedWeek(w: Awaited<ReturnType<typeof timeWorld>>, taskId?: string) {
    await send(w.anna, 'PUT', `/api/v1/time/weeks/${WEEK}`, {
      rows: [row(w.project.id, [8, 8, 8, 8, 8, 0, 0], taskId ? { taskId } : {})],
    });
    await send(w.anna, 'POST', `/api/v1/time/weeks/${WEEK}/submit`, {});
    const [sheet] = (await get(w.owner, '/api/v1/timesheets/inbox')).json().items;
    await send(w.owner, 'POST', `/api/v1/timesheets/${sheet.id}/decisions`, {
      decision: 'approved',
      version: sheet.version,
    });
  }

  it('measures a project against its baseline with approved time as actual cost, and alerts', async () => {
    const w = await timeWorld(h);
    const url = `/api/v1/projects/${w.project.id}`;
    expect((await get(w.owner, `${url}/earned-value`)).json()).toEqual({ evm: null });
    // Ten working days from Monday 23 November; on Friday 27th half of it is planned done.
    const [task] = (
      await send(w.owner, 'POST', `${url}/tasks`, {
        name: 'Migration',
        estimateHours: 80,
        startDate: '2026-11-23',
        finishDate: '2026-12-04',
      })
    ).json();
    await send(w.owner, 'POST', `${url}/baselines`, { name: 'Signed plan' });
    await send(w.owner, 'PATCH', `${url}/tasks/${task.id}`, { percentComplete: 20, version: 1 });
    await approvedWeek(w, task.id);

    const bac = w.project.budgetMinor;
    const { evm } = (await get(w.owner, `${url}/earned-value`)).json();
    expect(evm).toMatchObject({
      currency: 'CNY',
      bac,
      pv: bac / 2,
      ev: bac / 5,
      ac,
      spi: 0.4,
      percentComplete: 20,
    });
    expect(evm.cpi).toBeCloseTo(bac / 5 / ac, 2);
    expect(evm.alerts.map((a: { kind: string }) => a.kind)).toEqual(['spi']);
    expect(evm.trend.at(-1)).toEqual({ day: '2026-11-27', pv: bac / 2, ev: bac / 5, ac });
    // Its only phase is the whole plan, with the time logged to it.
    expect(evm.phases).toMatchObject([
      { taskId: task.id, name: 'Migration', bac, pv: bac / 2, ev: bac / 5, ac, spi: 0.4 },
    ]);

    // The daily job keeps the day's figures and tells the manager, once.
    const deps = { db: h.db, config: h.config, clock: h.clock };
    await runEarnedValue(deps);
    await runEarnedValue(deps);
    const kept = await h.db.selectFrom('project_progress').selectAll().execute();
    expect(kept).toMatchObject([{ day: '2026-11-27', pv_minor: bac / 2, ev_minor: bac / 5 }]);
    const told = await h.db
      .selectFrom('notifications')
      .select('kind')
      .where('user_id', '=', w.owner.userId)
      .where('kind', 'like', 'project.evm%')
      .execute();
    expect(told).toEqual([{ kind: 'project.evm_spi' }]);
    // A member without cost rights does not see it.
    expect((await get(w.anna, `${url}/earned-value`)).statusCode).toBe(403);
  });

  it('splits the budget by cost category, with approved time spent as labour', async () => {
    const w = await timeWorld(h);
    const url = `/api/v1/projects/${w.project.id}/budget`;
    const bac = w.project.budgetMinor;
    const fresh = (await get(w.owner, url)).json();
    expect(fresh).toMatchObject({ budgetMinor: bac, unallocatedMinor: bac, currency: 'CNY' });
    const over = await send(w.owner, 'PUT', url, {
      version: fresh.version,
      lines: [{ category: 'labour', plannedMinor: bac + 1 }],
    });
    expect(over.statusCode).toBe(422);
    const twice = await send(w.owner, 'PUT', url, {
      version: fresh.version,
      lines: [
        { category: 'labour', plannedMinor: 1 },
        { category: 'labour', plannedMinor: 2 },
      ],
    });
    expect(twice.statusCode).toBe(400);
    const split = await send(w.owner, 'PUT', url, {
      version: fresh.version,
      lines: [
        { category: 'labour', plannedMinor: bac / 2 },
        { category: 'expenses', plannedMinor: bac / 10 },
      ],
    });
    expect(split.json()).toMatchObject({ unallocatedMinor: bac - bac / 2 - bac / 10 });
    await approvedWeek(w);
    const { lines } = (await get(w.owner, url)).json();
    expect(lines).toEqual([
      { category: 'labour', plannedMinor: bac / 2, actualMinor: ac },
      { category: 'subcontract', plannedMinor: 0, actualMinor: 0 },
      { category: 'materials', plannedMinor: 0, actualMinor: null },
      { category: 'expenses', plannedMinor: bac / 10, actualMinor: 0 },
    ]);
    // Without the right to see costs, only the plan shows; changing it needs project rights.
    const auditor = await signedIn(h, { workspaceId: w.owner.workspaceId, role: 'auditor' });
    const seen = (await get(auditor, url)).json();
    expect(seen.lines[0]).toEqual({ category: 'labour', plannedMinor: bac / 2, actualMinor: null });
    const put = await send(auditor, 'PUT', url, { version: seen.version, lines: [] });
    expect(put.statusCode).toBe(403);
  });

  it('earns value from accepted deliverables when the project says so', async () => {
    const w = await timeWorld(h);
    const url = `/api/v1/projects/${w.project.id}`;
    await send(w.owner, 'POST', `${url}/tasks`, {
      name: 'Migration',
      estimateHours: 80,
      startDate: '2026-11-23',
      finishDate: '2026-12-04',
    });
    await send(w.owner, 'POST', `${url}/baselines`, { name: 'Signed plan' });
    const { version } = (await get(w.owner, url)).json();
    const changed = await send(w.owner, 'PATCH', url, { version, evMethod: 'deliverables' });
    expect(changed.json().evMethod).toBe('deliverables');
    const deliverable = (name: string) =>
      send(w.owner, 'POST', `${url}/deliverables`, {
        name,
        acceptanceCriteria: 'Signed by the client',
        dueDate: '2026-12-04',
      });
    await deliverable('Runbook');
    const [plan] = (await deliverable('Cut-over plan')).json();
    await send(w.owner, 'POST', `${url}/deliverables/${plan.id}/submit`, {
      version: 1,
      note: null,
    });
    await send(w.owner, 'POST', `/api/v1/client-portal/deliverables/${plan.id}/decisions`, {
      version: 2,
      decision: 'accepted',
    });
    const bac = w.project.budgetMinor;
    const { evm } = (await get(w.owner, `${url}/earned-value`)).json();
    // One of two deliverables accepted: half the budget earned, whatever the tasks say.
    expect(evm).toMatchObject({ ev: bac / 2, percentComplete: 50 });
    // A phase still earns by its tasks' progress: deliverables belong to no phase.
    expect(evm.phases).toMatchObject([{ name: 'Migration', ev: 0 }]);
  });
});
