import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { useHarness } from '../../../test/harness.ts';
import { invoiceWorld } from '../invoices/invoices.fixture.ts';

/** Something that happens to one of two issued invoices, with a share of what is owed. */
const eventArb = fc.record({
  kind: fc.constantFrom('pay', 'pay', 'pay', 'advance', 'apply', 'credit', 'writeOff'),
  invoice: fc.integer({ min: 0, max: 1 }),
  share: fc.integer({ min: 1, max: 100 }),
});

describe.each(dialects)('receivables invariants on %s', (dialect) => {
  const h = useHarness(dialect);

  it('for any payments, credits and write-offs at any rate: receivables equal what invoices leave open', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(eventArb, { minLength: 2, maxLength: 8 }),
        fc.integer({ min: 1_000, max: 2_000 }),
        async (events, rateMilli) => {
          const w = await invoiceWorld(h);
          // The day's rate differs from the contract's locked 0.13.
          await w.send(w.owner, 'PUT', '/api/v1/exchange-rates', {
            currency: 'CNY',
            day: '2026-11-27',
            rate: (rateMilli / 10_000).toFixed(4),
          });
          await w.approvedWeek('2026-11-16', [7.5, 8, 3.25, 8, 8, 0, 0]);
          await w.approvedWeek('2026-11-23', [8, 1.75, 8, 8, 6, 0, 0]);
          const drafts = (await w.run(w.finance)).invoices;
          // One invoice per week: bill the first week, then the second.
          expect(drafts).toHaveLength(1);
          const ids = [(await w.issue(drafts[0] as never)).id];
          await w.approvedWeek('2026-11-30', [2, 0, 0, 0, 0, 0, 0]);
          ids.push((await w.issue((await w.run(w.finance)).invoices[0] as never)).id);
          const invoice = async (i: number) =>
            (await w.get(w.finance, `/api/v1/finance/invoices/${ids[i]}`)).json();
          const pay = (amountMinor: number, allocations: object[]) =>
            w.send(w.finance, 'POST', '/api/v1/finance/payments', {
              clientId: w.client.id,
              currency: 'CNY',
              receivedOn: '2026-11-27',
              amountMinor,
              allocations,
            });
          let credit: { id: string; version: number } | null = null;
          for (const e of events) {
            const inv = await invoice(e.invoice);
            const part = Math.max(1, Math.floor(((inv.balanceMinor ?? 0) * e.share) / 100));
            if (e.kind === 'pay' && inv.balanceMinor > 0) {
              await pay(part, [{ invoiceId: inv.id, amountMinor: part }]);
            } else if (e.kind === 'advance') {
              credit = (await pay(part * 3 + 7, [])).json();
            } else if (e.kind === 'apply' && credit && inv.balanceMinor > 0) {
              const c = (await w.get(w.finance, `/api/v1/finance/payments/${credit.id}`)).json();
              const take = Math.min(part, c.unallocatedMinor);
              if (take > 0) {
                await w.send(w.finance, 'POST', `/api/v1/finance/payments/${c.id}/allocations`, {
                  version: c.version,
                  allocations: [{ invoiceId: inv.id, amountMinor: take }],
                });
              }
            } else if (
              e.kind === 'credit' &&
              inv.lines.some((l: { creditedBy: unknown }) => !l.creditedBy)
            ) {
              const note = await w.send(
                w.finance,
                'POST',
                `/api/v1/finance/invoices/${inv.id}/credit-notes`,
                {
                  version: inv.version,
                  reason: 'Property test',
                },
              );
              await w.issue(note.json());
            } else if (e.kind === 'writeOff' && inv.balanceMinor > 0) {
              await w.send(w.finance, 'POST', `/api/v1/finance/invoices/${inv.id}/write-off`, {
                version: inv.version,
                reason: 'Property test',
              });
            }
          }
          const open = [await invoice(0), await invoice(1)];
          for (const inv of open) {
            // Never more paid than owed; a settled invoice leaves no cent of receivable.
            expect(inv.paidMinor + inv.writtenOffMinor).toBeLessThanOrEqual(inv.totalMinor);
            if (inv.balanceMinor === 0) expect(inv.baseOpenMinor).toBe(0);
          }
          const balance = (await w.get(w.finance, '/api/v1/finance/trial-balance')).json();
          expect(balance.totals.balanced).toBe(true);
          const ar = balance.rows.find(
            (r: { account: { code: string } }) => r.account.code === '1122',
          );
          expect(ar?.closingMinor ?? 0).toBe(open.reduce((s, i) => s + i.baseOpenMinor, 0));
          const aging = (await w.get(w.finance, '/api/v1/finance/receivables/aging')).json();
          expect(aging.totals.totalMinor).toBe(ar?.closingMinor ?? 0);
        },
      ),
      { numRuns: 10 },
    );
  });
});
