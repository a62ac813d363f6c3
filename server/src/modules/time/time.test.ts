import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { auditCount, call, type Session, signedIn, useHarness } from '../../test/harness.ts';
import { runMissingTimeReminders } from './missing-time.job.ts';
import {
  ANNA_HOURLY,
  amendClientRate,
  CARL_HOURLY,
  CLIENT_DAY_RATE,
  row,
  timeWorld,
  WEEK,
} from './time.fixture.ts';

describe.each(dialects)('timesheets on %s', (dialect) => {
  const h = useHarness(dialect);
  const send = (s: Session, method: 'POST' | 'PUT' | 'PATCH', url: string, payload: object) =>
    call(h, { method, url, cookie: s.cookie, payload });
  const post = (s: Session, url: string, payload: object) => send(s, 'POST', url, payload);
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });
  const week = (w = WEEK) => `/api/v1/time/weeks/${w}`;
  const fullWeek = [8, 8, 8, 8, 8, 0, 0];
  /** A day of 8 hours at the client's day rate, CNY to EUR at 0.13: 780.00 EUR. */
  const billedDayEur = Math.round(CLIENT_DAY_RATE * 0.13);

  it('keeps a week to the rules: booked days, open projects, own tasks, 24 hours a day', async () => {
    const w = await timeWorld(h);
    const mine = (await get(w.anna, week())).json();
    expect(mine.person.name).toBe('Anna Expert');
    expect(mine.projects).toMatchObject([
      { id: w.project.id, position: { id: w.java, nameEn: 'Java developer' } },
    ]);
    expect(mine.days.map((d: { off: string | null }) => d.off)).toEqual([
      null,
      null,
      null,
      null,
      null,
      'weekend',
      'weekend',
    ]);

    const elsewhere = (
      await post(w.owner, '/api/v1/projects', {
        name: 'Internal tooling',
        currency: 'EUR',
        budgetMinor: 0,
        startDate: '2026-11-01',
        endDate: '2027-03-31',
      })
    ).json();
    const foreignTask = (
      await post(w.owner, `/api/v1/projects/${elsewhere.id}/tasks`, {
        name: 'Build pipeline',
        estimateHours: 8,
        startDate: '2026-11-23',
        finishDate: '2026-11-27',
      })
    ).json()[0];
    const before = await auditCount(h, w.owner.workspaceId);
    const tooLong = await send(w.anna, 'PUT', week(), {
      rows: [
        row(w.project.id, [16, 0, 0, 0, 0, 0, 0]),
        row(w.project.id, [9, 0, 0, 0, 0, 0, 0], { billable: false }),
      ],
    });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.json().detail).toBe('More than 24 hours on 2026-11-23');
    const twice = await send(w.anna, 'PUT', week(), {
      rows: [row(w.project.id, fullWeek), row(w.project.id, fullWeek)],
    });
    expect(twice.statusCode).toBe(400);
    const wrongTask = await send(w.anna, 'PUT', week(), {
      rows: [row(w.project.id, fullWeek, { taskId: foreignTask.id })],
    });
    expect(wrongTask.json().errors['body.rows.0.taskId']).toBeDefined();
    const outside = await send(w.anna, 'PUT', week('2026-10-26'), {
      rows: [row(w.project.id, fullWeek)],
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().errors['body.rows.0.hours.0']).toBeDefined();
    const notQuarter = await send(w.anna, 'PUT', week(), {
      rows: [row(w.project.id, [7.1, 0, 0, 0, 0, 0, 0])],
    });
    expect(notQuarter.statusCode).toBe(400);
    const notMonday = await send(w.anna, 'PUT', week('2026-11-24'), { rows: [] });
    expect(notMonday.statusCode).toBe(400);
    expect(await auditCount(h, w.owner.workspaceId)).toBe(before);

    const saved = await send(w.anna, 'PUT', week(), {
      rows: [
        row(w.project.id, fullWeek, { notes: ['Kick-off', null, null, null, null, null, null] }),
      ],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().rows).toEqual([
      {
        projectId: w.project.id,
        taskId: null,
        billable: true,
        hours: fullWeek,
        notes: ['Kick-off', null, null, null, null, null, null],
      },
    ]);
    expect(saved.json().sheets).toMatchObject([{ status: 'draft' }]);
    expect(await auditCount(h, w.owner.workspaceId)).toBe(before + 1);

    // Someone else's week is not Anna's to write; the owner reads it with time:read.
    const others = await send(w.anna, 'PUT', week(), {
      personId: w.carlPerson.id,
      rows: [row(w.project.id, fullWeek)],
    });
    expect(others.statusCode).toBe(403);
    const read = await get(w.owner, `${week()}?personId=${w.annaPerson.id}`);
    expect(read.json().rows).toHaveLength(1);
  });

  it('prices an approved week twice, and a later rate never changes it', async () => {
    const w = await timeWorld(h);
    await send(w.anna, 'PUT', week(), { rows: [row(w.project.id, fullWeek)] });
    const submitted = await post(w.anna, `${week()}/submit`, {});
    expect(submitted.json().sheets).toMatchObject([{ status: 'submitted' }]);
    const locked = await send(w.anna, 'PUT', week(), { rows: [row(w.project.id, fullWeek)] });
    expect(locked.statusCode).toBe(422);

    const inbox = (await get(w.owner, '/api/v1/timesheets/inbox')).json().items;
    expect(inbox).toMatchObject([
      { person: { name: 'Anna Expert' }, stage: 'project', minutes: 40 * 60, cap: null },
    ]);
    const sheet = inbox[0];
    expect(
      (
        await post(w.anna, `/api/v1/timesheets/${sheet.id}/decisions`, {
          decision: 'approved',
          version: sheet.version,
        })
      ).statusCode,
    ).toBe(403);
    const approved = await post(w.owner, `/api/v1/timesheets/${sheet.id}/decisions`, {
      decision: 'approved',
      version: sheet.version,
    });
    expect(approved.statusCode).toBe(200);
    const entries = approved.json().entries;
    expect(entries).toHaveLength(5);
    expect(entries[0]).toMatchObject({
      position: { id: w.java, nameEn: 'Java developer' },
      bill: {
        rateMinor: CLIENT_DAY_RATE,
        unit: 'day',
        currency: 'CNY',
        minor: CLIENT_DAY_RATE,
        fxRate: '0.13',
        baseMinor: billedDayEur,
      },
      cost: {
        rateMinor: ANNA_HOURLY,
        unit: 'hour',
        currency: 'EUR',
        minor: 8 * ANNA_HOURLY,
        baseMinor: 8 * ANNA_HOURLY,
      },
      marginBaseMinor: billedDayEur - 8 * ANNA_HOURLY,
    });

    const totals = async () =>
      (await get(w.owner, `/api/v1/projects/${w.project.id}/time`)).json().totals;
    const expected = {
      minutes: 40 * 60,
      billableMinutes: 40 * 60,
      billBaseMinor: 5 * billedDayEur,
      costBaseMinor: 40 * ANNA_HOURLY,
      marginBaseMinor: 5 * billedDayEur - 40 * ANNA_HOURLY,
    };
    expect(await totals()).toEqual(expected);

    // New versions of both rates, in force on the very days already approved.
    await amendClientRate(h, w, { rateMinor: CLIENT_DAY_RATE * 2, unit: 'day' }, '2026-11-01');
    const raised = await post(w.owner, `/api/v1/people/${w.annaPerson.id}/cost-rates`, {
      rateMinor: ANNA_HOURLY * 3,
      currency: 'EUR',
      effectiveFrom: '2026-11-01',
    });
    expect(raised.statusCode).toBe(200);
    expect(await totals()).toEqual(expected);

    // Reversal reopens the week with its reason; approving again prices it at the new rates.
    const reversed = await post(w.owner, `/api/v1/timesheets/${sheet.id}/reverse`, {
      version: approved.json().version,
      reason: 'Wrong rate card',
    });
    expect(reversed.json()).toMatchObject({ status: 'draft', rejectionReason: 'Wrong rate card' });
    expect(reversed.json().entries[0].bill).toBeNull();
    expect((await totals()).minutes).toBe(0);
    const audit = await h.db
      .selectFrom('audit_entries')
      .select('changes')
      .where('action', '=', 'timesheet.reverse')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.changes)).toContain('Wrong rate card');
    await post(w.anna, `${week()}/submit`, {});
    const again = (await get(w.owner, `/api/v1/timesheets/${sheet.id}`)).json();
    await post(w.owner, `/api/v1/timesheets/${sheet.id}/decisions`, {
      decision: 'approved',
      version: again.version,
    });
    expect(await totals()).toMatchObject({
      billBaseMinor: 10 * billedDayEur,
      costBaseMinor: 120 * ANNA_HOURLY,
    });
  });

  it('chains a supplier worker’s week: supplier manager first, then the project manager', async () => {
    const w = await timeWorld(h);
    await send(w.carl, 'PUT', week(), { rows: [row(w.project.id, [8, 8, 8, 0, 0, 0, 0])] });
    await post(w.carl, `${week()}/submit`, {});
    expect((await get(w.owner, '/api/v1/timesheets/inbox')).json().items).toEqual([]);
    const waiting = (await get(w.supplierManager, '/api/v1/timesheets/inbox')).json().items;
    expect(waiting).toMatchObject([
      { person: { name: 'Carl Worker' }, stage: 'supplier', cap: null },
    ]);
    const id = waiting[0].id;
    expect(
      (
        await post(w.owner, `/api/v1/timesheets/${id}/decisions`, {
          decision: 'approved',
          version: waiting[0].version,
        })
      ).statusCode,
    ).toBe(403);

    const first = await post(w.supplierManager, `/api/v1/timesheets/${id}/decisions`, {
      decision: 'approved',
      version: waiting[0].version,
    });
    expect(first.json().status).toBe('supplier_approved');
    // The supplier sees its worker's hours, never a price.
    expect(first.json().entries[0]).not.toHaveProperty('bill');
    expect(first.json().entries[0]).not.toHaveProperty('cost');

    const second = await post(w.owner, `/api/v1/timesheets/${id}/decisions`, {
      decision: 'approved',
      version: first.json().version,
    });
    expect(second.json()).toMatchObject({ status: 'approved' });
    expect(second.json().entries[0].cost).toMatchObject({
      rateMinor: CARL_HOURLY,
      minor: 8 * CARL_HOURLY,
    });
    const notified = await h.db
      .selectFrom('notifications')
      .select('kind')
      .where('user_id', '=', w.carl.userId)
      .execute();
    expect(notified.map((n) => n.kind)).toContain('timesheet.approved');

    // A rejection goes back to the worker with its reason, and the week is theirs to change.
    await send(w.carl, 'PUT', week('2026-11-30'), {
      rows: [row(w.project.id, [8, 0, 0, 0, 0, 0, 0])],
    });
    await post(w.carl, `${week('2026-11-30')}/submit`, {});
    const next = (await get(w.supplierManager, '/api/v1/timesheets/inbox')).json().items[0];
    const rejected = await post(w.supplierManager, `/api/v1/timesheets/${next.id}/decisions`, {
      decision: 'rejected',
      version: next.version,
      comment: 'Monday was a holiday for the team',
    });
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Monday was a holiday for the team',
    });
    const noReason = await post(w.supplierManager, `/api/v1/timesheets/${next.id}/decisions`, {
      decision: 'rejected',
      version: 2,
    });
    expect(noReason.statusCode).toBe(400);
    const fixed = await send(w.carl, 'PUT', week('2026-11-30'), {
      rows: [row(w.project.id, [0, 8, 0, 0, 0, 0, 0])],
    });
    expect(fixed.statusCode).toBe(200);
  });

  it('refuses approval past a time-and-materials cap, and time on a closed project', async () => {
    // Four days fit under the cap, five do not.
    const w = await timeWorld(h, { capMinor: CLIENT_DAY_RATE * 4 });
    await send(w.anna, 'PUT', week(), { rows: [row(w.project.id, fullWeek)] });
    await post(w.anna, `${week()}/submit`, {});
    const [sheet] = (await get(w.owner, '/api/v1/timesheets/inbox')).json().items;
    expect(sheet.cap).toEqual({
      kind: 'amount',
      limit: CLIENT_DAY_RATE * 4,
      used: 0,
      percentUsed: 0,
    });
    const before = await auditCount(h, w.owner.workspaceId);
    const over = await post(w.owner, `/api/v1/timesheets/${sheet.id}/decisions`, {
      decision: 'approved',
      version: sheet.version,
    });
    expect(over.statusCode).toBe(422);
    expect(await auditCount(h, w.owner.workspaceId)).toBe(before);
    expect((await get(w.owner, `/api/v1/timesheets/${sheet.id}`)).json().status).toBe('submitted');

    await h.db
      .updateTable('projects')
      .set({ phase: 'closed' })
      .where('id', '=', w.project.id)
      .execute();
    const closed = await send(w.anna, 'PUT', week('2026-11-30'), {
      rows: [row(w.project.id, fullWeek)],
    });
    expect(closed.statusCode).toBe(422);
  });

  it('warns the manager and the contract owner once, when approved time passes 80% of the cap', async () => {
    // Ten days of cap: a week of four days is 40%, the next week of five brings it to 90%.
    const w = await timeWorld(h, { capMinor: CLIENT_DAY_RATE * 10 });
    const approve = async (monday: string, hours: number[]) => {
      await send(w.anna, 'PUT', week(monday), { rows: [row(w.project.id, hours)] });
      await post(w.anna, `${week(monday)}/submit`, {});
      const sheet = (await get(w.owner, '/api/v1/timesheets/inbox')).json().items[0];
      const res = await post(w.owner, `/api/v1/timesheets/${sheet.id}/decisions`, {
        decision: 'approved',
        version: sheet.version,
      });
      expect(res.statusCode).toBe(200);
    };
    const warnings = async () =>
      await h.db
        .selectFrom('notifications')
        .select(['user_id', 'params'])
        .where('kind', '=', 'timesheet.cap_warning')
        .execute();
    await approve(WEEK, [8, 8, 8, 8, 0, 0, 0]);
    expect(await warnings()).toEqual([]);
    await approve('2026-11-30', fullWeek);
    const sent = await warnings();
    expect(sent.map((n) => n.user_id)).toEqual([w.owner.userId]);
    expect(sent[0]?.params).toEqual({ number: w.contract.number, percent: 90 });
    await approve('2026-12-07', [8, 0, 0, 0, 0, 0, 0]);
    expect(await warnings()).toHaveLength(1);
  });

  it('takes time posted by the API and imported from a sheet, through the grid’s rules', async () => {
    const w = await timeWorld(h);
    const entry = { projectId: w.project.id, day: '2026-11-24', hours: 3, note: 'Sync' };
    expect((await post(w.anna, '/api/v1/time/entries', entry)).statusCode).toBe(201);
    const twice = await post(w.anna, '/api/v1/time/entries', { ...entry, hours: 2.5 });
    expect(twice.json().rows).toMatchObject([{ hours: [0, 5.5, 0, 0, 0, 0, 0] }]);
    const forCarl = await post(w.anna, '/api/v1/time/entries', {
      ...entry,
      personId: w.carlPerson.id,
    });
    expect(forCarl.statusCode).toBe(403);
    // A refusal names the entry's own fields, not a grid cell the caller never sent.
    const unbooked = await post(w.anna, '/api/v1/time/entries', { ...entry, day: '2026-10-20' });
    expect(unbooked.statusCode).toBe(422);
    expect(Object.keys(unbooked.json().errors)).toEqual(['body.day']);

    const csv = [
      'person,project,task,date,hours,billable,note',
      `${w.carlPerson.number},${w.project.number},,2026-11-25,7.5,yes,Migration`,
      `${w.carlPerson.number},PRJ-9999,,2026-11-25,2,,`,
      `${w.carlPerson.number},${w.project.number},,2026-11-26,25,,`,
    ].join('\n');
    const preview = (
      await post(w.owner, '/api/v1/imports/time/preview', {
        format: 'csv',
        content: csv,
        mode: 'all',
      })
    ).json();
    expect(preview).toMatchObject({ valid: 1, invalid: 2 });
    expect(preview.rows[1].errors.project).toBeDefined();
    expect(preview.rows[2].errors.hours).toBeDefined();
    const imported = await post(w.owner, '/api/v1/imports/time', {
      format: 'csv',
      content: csv,
      mode: 'valid',
    });
    expect(imported.json()).toMatchObject({ created: 1, skipped: 2 });
    const carlsWeek = (await get(w.owner, `${week()}?personId=${w.carlPerson.id}`)).json();
    expect(carlsWeek.rows).toMatchObject([{ billable: true, hours: [0, 0, 7.5, 0, 0, 0, 0] }]);

    // A row that breaks a rule only the write can check stops the whole import.
    const outside = [
      'person,project,date,hours',
      `${w.carlPerson.number},${w.project.number},2026-11-27,1`,
      `${w.carlPerson.number},${w.project.number},2026-10-30,8`,
    ].join('\n');
    const refused = await post(w.owner, '/api/v1/imports/time', {
      format: 'csv',
      content: outside,
      mode: 'all',
    });
    expect(refused.statusCode).toBe(422);
    const unchanged = (await get(w.owner, `${week()}?personId=${w.carlPerson.id}`)).json();
    expect(unchanged.rows).toMatchObject([{ hours: [0, 0, 7.5, 0, 0, 0, 0] }]);
  });

  it('reminds a booked person of a week they have not handed in, once', async () => {
    const w = await timeWorld(h);
    // The test clock stands on Friday 2026-11-27: "last week" is the one from 2026-11-16.
    await send(w.anna, 'PUT', week('2026-11-16'), { rows: [row(w.project.id, fullWeek)] });
    await post(w.anna, `${week('2026-11-16')}/submit`, {});
    const deps = { db: h.db, config: h.config, clock: h.clock };
    const reminded = async (userId: string) =>
      (
        await h.db
          .selectFrom('notifications')
          .select('params')
          .where('user_id', '=', userId)
          .where('kind', '=', 'timesheet.missing')
          .execute()
      ).map((n) => n.params);
    await runMissingTimeReminders(deps);
    await runMissingTimeReminders(deps);
    expect(await reminded(w.anna.userId)).toEqual([]);
    expect(await reminded(w.carl.userId)).toEqual([
      { project: w.project.number, week: '2026-11-16' },
    ]);
  });

  it('shows another workspace’s timesheets as not found', async () => {
    const w = await timeWorld(h);
    await send(w.anna, 'PUT', week(), { rows: [row(w.project.id, fullWeek)] });
    await post(w.anna, `${week()}/submit`, {});
    const [sheet] = (await get(w.owner, '/api/v1/timesheets/inbox')).json().items;
    const stranger = await signedIn(h);
    expect((await get(stranger, `/api/v1/timesheets/${sheet.id}`)).statusCode).toBe(404);
    expect(
      (
        await post(stranger, `/api/v1/timesheets/${sheet.id}/decisions`, {
          decision: 'approved',
          version: 1,
        })
      ).statusCode,
    ).toBe(404);
    expect((await get(stranger, `/api/v1/projects/${w.project.id}/time`)).statusCode).toBe(404);
    expect((await get(stranger, `${week()}?personId=${w.annaPerson.id}`)).statusCode).toBe(404);
  });
});
