import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { useHarness } from '../../../test/harness.ts';
import { billWorld, CARL_WEEK_MINOR } from './bills.fixture.ts';

/** Something that happens to the bills and runs: which week, how far off, which bill. */
const eventArb = fc.record({
  kind: fc.constantFrom(
    'bill',
    'bill',
    'approve',
    'approve',
    'reject',
    'run',
    'approveRun',
    'pay',
    'discard',
  ),
  week: fc.integer({ min: 0, max: 2 }),
  percent: fc.integer({ min: 90, max: 110 }),
  pick: fc.nat(),
});

const weeks = ['2026-11-02', '2026-11-09', '2026-11-16'];

describe.each(dialects)('payables invariants on %s', (dialect) => {
  const h = useHarness(dialect);

  it('for any bills, decisions and runs: payables equal the approved bills not yet paid, and each hour is matched once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(eventArb, { minLength: 4, maxLength: 14 }), async (events) => {
        const w = await billWorld(h);
        for (const monday of weeks) await w.carlsWeek(monday);
        const bills = '/api/v1/finance/supplier-bills';
        const runs = '/api/v1/finance/payment-runs';
        const list = async (url: string) =>
          (await w.get(w.finance, `${url}${url.includes('?') ? '&' : '?'}limit=100`)).json().items;
        const one = <T>(items: T[], pick: number) => items[pick % items.length] as T;
        let n = 0;
        for (const e of events) {
          if (e.kind === 'bill') {
            n += 1;
            const from = weeks[e.week] as string;
            const body = w.billBody(`P-${n}`, Math.round((CARL_WEEK_MINOR * e.percent) / 100), [
              from,
              from.replace(/\d\d$/, (d) => String(Number(d) + 6).padStart(2, '0')),
            ]);
            await w.enter(w.owner, body);
          }
          const received = (await list(`${bills}?status=received`)) as {
            id: string;
            version: number;
          }[];
          if (e.kind === 'approve' && received.length > 0) {
            await w.approve(one(received, e.pick), 'Property test');
          } else if (e.kind === 'reject' && received.length > 0) {
            const b = one(received, e.pick);
            await w.send(w.finance, 'POST', `${bills}/${b.id}/reject`, {
              version: b.version,
              reason: 'Property test',
            });
          } else if (e.kind === 'run') {
            await w.send(w.finance, 'POST', runs, { dueBy: '2027-12-31' });
          } else if (e.kind === 'approveRun' || e.kind === 'discard') {
            const drafts = (await list(`${runs}?status=draft`)) as {
              id: string;
              version: number;
            }[];
            if (drafts.length > 0) {
              const r = one(drafts, e.pick);
              const who = e.kind === 'approveRun' ? w.owner : w.finance;
              const step = e.kind === 'approveRun' ? 'approve' : 'discard';
              await w.send(who, 'POST', `${runs}/${r.id}/${step}`, { version: r.version });
            }
          } else if (e.kind === 'pay') {
            const approved = (await list(`${runs}?status=approved`)) as {
              id: string;
              version: number;
            }[];
            if (approved.length > 0) {
              const r = one(approved, e.pick);
              await w.send(w.finance, 'POST', `${runs}/${r.id}/pay`, {
                version: r.version,
                paidOn: '2026-11-27',
                bankReference: `B-${e.pick}`,
              });
            }
          }
        }
        const all = await Promise.all(
          ((await list(bills)) as { id: string }[]).map(async (b) =>
            (await w.get(w.finance, `${bills}/${b.id}`)).json(),
          ),
        );
        // Only released bills are paid, and only through a paid run.
        for (const b of all.filter((x) => x.status === 'paid')) {
          expect(b.releasedAt).not.toBeNull();
          expect(b.paymentRun).not.toBeNull();
        }
        const balance = (await w.get(w.finance, '/api/v1/finance/trial-balance')).json();
        expect(balance.totals.balanced).toBe(true);
        const ap = balance.rows.find(
          (r: { account: { code: string } }) => r.account.code === '2202',
        );
        const open = all
          .filter((b) => b.status === 'approved')
          .reduce((s, b) => s + b.baseTotalMinor, 0);
        expect(0 - (ap?.closingMinor ?? 0)).toBe(open);
        const aging = (await w.get(w.finance, '/api/v1/finance/payables/aging')).json();
        expect(aging.totals.totalMinor).toBe(open);
        // An approved entry is paid for by one bill at most.
        const matched = all
          .filter((b) => b.status !== 'rejected')
          .flatMap((b) => b.lines)
          .reduce((s: number, l: { entries: number }) => s + l.entries, 0);
        expect(matched).toBeLessThanOrEqual(15);
      }),
      { numRuns: 15 },
    );
    // Fifteen worlds of bills take over ten seconds on PostgreSQL alone, more beside other files.
  }, 60_000);
});
