import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { call, type Session, signedIn, useHarness } from '../../../test/harness.ts';

const codes = ['1002', '1122', '2202', '222101', '6001', '640101', '6602'] as const;

/** Amounts that sum to `total`, one per share; the first takes what rounding leaves. */
function split(total: number, shares: number[]): number[] {
  const weight = shares.reduce((a, b) => a + b, 0);
  const parts = shares.map((s) => Math.floor((total * s) / weight));
  parts[0] = (parts[0] as number) + total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

/** One side of a journal: one to three accounts, each with its share of the total. */
const sideArb = fc.array(
  fc.record({ code: fc.constantFrom(...codes), share: fc.integer({ min: 1, max: 9 }) }),
  { minLength: 1, maxLength: 3 },
);

/**
 * A balanced journal: debits on some accounts, the same total split as credits on others. A
 * total of 100 at least leaves every share one minor unit at least (at most six shares of 9).
 */
const journalArb = fc.record({
  day: fc.integer({ min: 1, max: 27 }),
  total: fc.integer({ min: 100, max: 50_000_000 }),
  debits: sideArb,
  credits: sideArb,
  reverse: fc.boolean(),
});

describe.each(dialects)('ledger invariants on %s', (dialect) => {
  const h = useHarness(dialect);

  it('for any journals and reversals: debits equal credits, balances are the lines, reversals net to zero', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(journalArb, { minLength: 1, maxLength: 6 }), async (journals) => {
        const owner = await signedIn(h);
        const finance: Session = await signedIn(h, {
          workspaceId: owner.workspaceId,
          role: 'finance',
        });
        const accounts = (
          await call(h, {
            method: 'GET',
            url: '/api/v1/finance/accounts?limit=200',
            cookie: finance.cookie,
          })
        ).json().items as { id: string; code: string }[];
        const idOf = (code: string) => accounts.find((a) => a.code === code)?.id as string;
        const expected = new Map<string, number>();
        const add = (code: string, minor: number) =>
          expected.set(code, (expected.get(code) ?? 0) + minor);
        for (const j of journals) {
          const debits = split(
            j.total,
            j.debits.map((d) => d.share),
          );
          const credits = split(
            j.total,
            j.credits.map((c) => c.share),
          );
          const lines = [
            ...j.debits.map((d, i) => ({ accountId: idOf(d.code), debitMinor: debits[i] })),
            ...j.credits.map((c, i) => ({ accountId: idOf(c.code), creditMinor: credits[i] })),
          ];
          const posted = await call(h, {
            method: 'POST',
            url: '/api/v1/finance/journals',
            cookie: finance.cookie,
            payload: {
              postedOn: `2026-11-${String(j.day).padStart(2, '0')}`,
              description: 'p',
              lines,
            },
          });
          expect(posted.statusCode, posted.body).toBe(201);
          if (j.reverse) {
            const reversed = await call(h, {
              method: 'POST',
              url: `/api/v1/finance/journals/${posted.json().id}/reverse`,
              cookie: finance.cookie,
              payload: { reason: 'p' },
            });
            expect(reversed.statusCode).toBe(201);
            continue;
          }
          for (const [i, d] of j.debits.entries()) add(d.code, debits[i] as number);
          for (const [i, c] of j.credits.entries()) add(c.code, -(credits[i] as number));
        }
        const tb = (
          await call(h, {
            method: 'GET',
            url: '/api/v1/finance/trial-balance?from=2026-11-01&to=2026-11-30',
            cookie: finance.cookie,
          })
        ).json();
        expect(tb.totals.debitMinor).toBe(tb.totals.creditMinor);
        expect(tb.totals.balanced).toBe(true);
        const closing = new Map<string, number>(
          tb.rows.map((r: { account: { code: string }; closingMinor: number }) => [
            r.account.code,
            r.closingMinor,
          ]),
        );
        for (const code of codes)
          expect(closing.get(code) ?? 0, code).toBe(expected.get(code) ?? 0);
      }),
      { numRuns: 12 },
    );
  });
});
