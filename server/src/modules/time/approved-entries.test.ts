import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { call, type Session, signedIn, useHarness } from '../../test/harness.ts';
import { findApprovedEntries } from './approved-entries.ts';
import { ANNA_HOURLY, CLIENT_DAY_RATE, row, timeWorld, WEEK } from './time.fixture.ts';

describe.each(dialects)('approved entries for finance on %s', (dialect) => {
  const h = useHarness(dialect);
  const send = (s: Session, method: 'POST' | 'PUT', url: string, payload: object) =>
    call(h, { method, url, cookie: s.cookie, payload });

  it("answers a contract's approved entries with the prices fixed at approval, and nothing else", async () => {
    const w = await timeWorld(h);
    const ws = w.owner.workspaceId;
    // Anna's first week is approved; her second is only submitted.
    for (const week of [WEEK, '2026-11-30']) {
      await send(w.anna, 'PUT', `/api/v1/time/weeks/${week}`, {
        rows: [row(w.project.id, [8, 8, 8, 8, 4, 0, 0])],
      });
      await send(w.anna, 'POST', `/api/v1/time/weeks/${week}/submit`, {});
    }
    const [first] = (
      await call(h, { method: 'GET', url: '/api/v1/timesheets/inbox', cookie: w.owner.cookie })
    )
      .json()
      .items.filter((s: { weekStart: string }) => s.weekStart === WEEK);
    const approved = await send(w.owner, 'POST', `/api/v1/timesheets/${first.id}/decisions`, {
      decision: 'approved',
      version: first.version,
    });
    expect(approved.statusCode).toBe(200);

    const entries = await findApprovedEntries(h.db, ws, { contractId: w.contract.id });
    expect(entries.map((e) => [e.day, e.minutes])).toEqual([
      ['2026-11-23', 480],
      ['2026-11-24', 480],
      ['2026-11-25', 480],
      ['2026-11-26', 480],
      ['2026-11-27', 240],
    ]);
    expect(entries[4]).toMatchObject({
      personId: w.annaPerson.id,
      projectId: w.project.id,
      positionId: w.java,
      billable: true,
      bill: {
        rateMinor: CLIENT_DAY_RATE,
        rateUnit: 'day',
        currency: 'CNY',
        minor: CLIENT_DAY_RATE / 2,
      },
      cost: { rateMinor: ANNA_HOURLY, rateUnit: 'hour', currency: 'EUR', minor: 4 * ANNA_HOURLY },
    });
    // The same figures the project's own view of its time shows.
    const totals = (
      await call(h, {
        method: 'GET',
        url: `/api/v1/projects/${w.project.id}/time`,
        cookie: w.owner.cookie,
      })
    ).json().totals;
    const sum = (f: (e: (typeof entries)[number]) => number) =>
      entries.reduce((a, e) => a + f(e), 0);
    expect(sum((e) => e.bill?.baseMinor ?? 0)).toBe(totals.billBaseMinor);
    expect(sum((e) => e.cost?.baseMinor ?? 0)).toBe(totals.costBaseMinor);

    expect(
      await findApprovedEntries(h.db, ws, {
        contractId: w.contract.id,
        from: '2026-11-26',
        to: '2026-11-26',
      }),
    ).toHaveLength(1);
    expect(await findApprovedEntries(h.db, ws, { personId: w.carlPerson.id })).toEqual([]);
    expect(await findApprovedEntries(h.db, ws, { projectIds: [] })).toEqual([]);
    expect(await findApprovedEntries(h.db, ws, { contractId: w.supplierContract.id })).toEqual([]);
    const stranger = await signedIn(h);
    expect(
      await findApprovedEntries(h.db, stranger.workspaceId, { contractId: w.contract.id }),
    ).toEqual([]);
  });
});
