import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { call, dispatchEvents, login, signedIn, useHarness } from '../../../test/harness.ts';
import { deskContract } from '../desk.fixture.ts';

const office = [
  ['09:00', '12:00'],
  ['13:00', '18:00'],
];

/** What a step of a ticket's life may be: a move, after some minutes. */
const move = fc.record({
  minutes: fc.integer({ min: 1, max: 900 }),
  to: fc.constantFrom(
    { status: 'in_progress' },
    { status: 'waiting', waitingOn: 'client', waitingCode: 'reply', reason: 'x' },
    { status: 'waiting', waitingOn: 'internal', waitingCode: 'other', reason: 'x' },
    { status: 'resolved', resolution: 'x' },
  ),
});

describe.each(dialects)('repairing clocks after a calendar edit on %s', (dialect) => {
  const h = useHarness(dialect);

  it('stores what a fresh computation answers, for any log and any edit of the calendar', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(move, { maxLength: 6 }),
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom('holiday', 'workday'),
        async (moves, offset, kind) => {
          const owner = await signedIn(h);
          const send = (method: 'POST' | 'GET', url: string, payload?: object) =>
            call(h, { method, url, cookie: owner.cookie, ...(payload ? { payload } : {}) });
          const client = (await send('POST', '/api/v1/clients', { name: '华信银行' })).json();
          const calendar = (
            await send('POST', '/api/v1/calendars', {
              name: '上海',
              timeZone: 'Asia/Shanghai',
              week: [office, office, office, office, office, [], []],
            })
          ).json();
          const contract = await deskContract(
            h,
            owner,
            { clientId: client.id },
            {
              calendarId: calendar.id,
              slas: [
                { metric: 'first_response_time', priority: 'p3', target: 240 },
                { metric: 'resolution_time', priority: 'p3', target: 1440 },
              ],
            },
          );
          let t = (
            await send('POST', '/api/v1/tickets', {
              title: '打印机',
              clientId: client.id,
              contractId: contract.id,
            })
          ).json();
          const opened = t.createdAt.slice(0, 10);
          for (const m of moves) {
            h.clock.advance(m.minutes * 60_000);
            owner.cookie = await login(h, owner.email);
            const res = await send('POST', `/api/v1/tickets/${t.id}/transitions`, {
              ...m.to,
              version: t.version,
            });
            if (res.statusCode === 200) t = res.json();
          }
          // A day around the ticket's life becomes a holiday, or a working day.
          const day = new Date(Date.parse(opened) + offset * 86_400_000).toISOString().slice(0, 10);
          owner.cookie = await login(h, owner.email);
          await send('POST', `/api/v1/calendars/${calendar.id}/days`, { day, kind });
          await dispatchEvents(h);
          const stored = await h.db
            .selectFrom('ticket_clocks')
            .selectAll()
            .where('ticket_id', '=', t.id)
            .orderBy('metric')
            .execute();
          const fresh = (await send('GET', `/api/v1/tickets/${t.id}`)).json().slas;
          const asStored = (c: Record<string, unknown>) => ({
            metric: c.metric,
            elapsed: c.elapsedSeconds,
            paused: c.pausedSeconds,
            state: c.state,
            due: c.dueAt,
            breached: c.breachedAt,
            stopped: c.stoppedAt,
          });
          expect(
            stored.map((c) => ({
              metric: c.metric,
              elapsed: c.elapsed_seconds,
              paused: c.paused_seconds,
              state: c.state,
              due: c.due_at,
              breached: c.breached_at,
              stopped: c.stopped_at,
            })),
          ).toEqual(
            [...fresh]
              .sort((a: { metric: string }, b: { metric: string }) =>
                a.metric.localeCompare(b.metric),
              )
              .map(asStored),
          );
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});
