import { describe, expect, it } from 'vitest';
import { addDays } from '../../../platform/days.ts';
import { dialects } from '../../../test/databases.ts';
import { call, type Session, signedIn, useHarness } from '../../../test/harness.ts';
import { CLIENT_DAY_RATE } from '../../time/time.fixture.ts';
import { type Invoice, invoiceWorld, postings } from './invoices.fixture.ts';

describe.each(dialects)('client invoices on %s', (dialect) => {
  const h = useHarness(dialect);
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });
  const send = (s: Session, method: 'POST' | 'PUT', url: string, payload: object = {}) =>
    call(h, { method, url, cookie: s.cookie, payload });

  const world = () => invoiceWorld(h);

  it('drafts from approved time once, approved by a second person, issued with a number and a journal', async () => {
    const w = await world();
    await w.approvedWeek('2026-11-23');
    const first = await w.run(w.finance);
    expect(first.runNumber).toBe('RUN-0001');
    expect(first.invoices).toHaveLength(1);
    const draft = (
      await get(w.finance, `/api/v1/finance/invoices/${first.invoices[0]?.id}`)
    ).json();
    // Five days at ¥6,000.00 a day, 6% VAT on top.
    expect(draft).toMatchObject({
      number: null,
      status: 'draft',
      currency: 'CNY',
      contract: { id: w.contract.id },
      client: { name: '华信银行' },
      netMinor: 5 * CLIENT_DAY_RATE,
      taxMinor: 0.3 * CLIENT_DAY_RATE,
      totalMinor: 5.3 * CLIENT_DAY_RATE,
      roundingMinor: 0,
      lines: [
        {
          kind: 'time',
          descriptionEn: 'Java developer',
          quantity: '40',
          unit: 'hour',
          taxRate: '0.06',
          netMinor: 5 * CLIENT_DAY_RATE,
          entries: 5,
        },
      ],
    });
    // What is billed is not billed again.
    expect((await w.run(w.finance)).invoices).toEqual([]);

    const byAuthor = await send(w.finance, 'POST', `/api/v1/finance/invoices/${draft.id}/approve`, {
      version: draft.version,
    });
    expect(byAuthor.statusCode).toBe(403);
    const approved = await send(w.owner, 'POST', `/api/v1/finance/invoices/${draft.id}/approve`, {
      version: draft.version,
    });
    expect(approved.json()).toMatchObject({ status: 'approved', approvedBy: w.owner.userId });
    const stale = await send(w.finance, 'POST', `/api/v1/finance/invoices/${draft.id}/issue`, {
      version: draft.version,
    });
    expect(stale.statusCode).toBe(409);
    const issued = await send(w.finance, 'POST', `/api/v1/finance/invoices/${draft.id}/issue`, {
      version: approved.json().version,
    });
    expect(issued.json()).toMatchObject({
      status: 'issued',
      number: 'INV-2026-00001',
      issueDate: '2026-11-27',
      fxRate: '0.13',
      // ¥31,800.00 at 0.13 is €4,134.00.
      baseTotalMinor: 413_400,
    });
    expect(issued.json().dueDate > '2026-11-27').toBe(true);
    const journal = (
      await get(w.finance, `/api/v1/finance/journals/${issued.json().journalId}`)
    ).json();
    expect(journal).toMatchObject({
      sourceType: 'invoice',
      sourceId: draft.id,
      totalMinor: 413_400,
    });
    expect(postings(journal)).toEqual([
      ['1122', 413_400, 0],
      ['6001', 0, 390_000],
      ['222101', 0, 23_400],
    ]);
    const again = await send(w.finance, 'POST', `/api/v1/finance/invoices/${draft.id}/approve`, {
      version: issued.json().version,
    });
    expect(again.statusCode).toBe(422);
    // The accounting export names the client on each of the journal's three lines: in the
    // description and as the auxiliary item.
    const exported = await get(w.finance, '/api/v1/finance/journals/export?sourceType=invoice');
    expect(exported.body.match(/华信银行/g)).toHaveLength(6);
    const listed = (await get(w.finance, '/api/v1/finance/invoices?status=issued')).json().items;
    expect(listed.map((i: Invoice) => i.number)).toEqual(['INV-2026-00001']);
  });

  it('a discarded draft releases its entries to the next run; the database refuses billing one twice', async () => {
    const w = await world();
    await w.approvedWeek('2026-11-16', [4, 0, 0, 0, 0, 0, 0]);
    const [draft] = (await w.run(w.finance)).invoices;
    // While an invoice bills its hours, the week stays approved.
    const reverse = async () => {
      const [sheet] = (await get(w.owner, '/api/v1/timesheets?status=approved')).json().items;
      return send(w.owner, 'POST', `/api/v1/timesheets/${sheet.id}/reverse`, {
        version: sheet.version,
        reason: 'Wrong project',
      });
    };
    const refused = await reverse();
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toContain('invoice');
    const discarded = await send(
      w.finance,
      'POST',
      `/api/v1/finance/invoices/${draft?.id}/discard`,
      {
        version: draft?.version,
      },
    );
    expect(discarded.statusCode).toBe(200);
    expect((await get(w.finance, `/api/v1/finance/invoices/${draft?.id}`)).statusCode).toBe(404);
    const [again] = (await w.run(w.finance)).invoices;
    expect(again).toMatchObject({ netMinor: CLIENT_DAY_RATE / 2 });
    const allocation = await h.db
      .selectFrom('billing_allocations')
      .selectAll()
      .where('invoice_id', '=', again?.id as string)
      .executeTakeFirstOrThrow();
    await expect(
      h.db
        .insertInto('billing_allocations')
        .values({ ...allocation, id: crypto.randomUUID() })
        .execute(),
    ).rejects.toThrow();
    // Freed by discarding the second draft too, the week can be reopened and corrected.
    await send(w.finance, 'POST', `/api/v1/finance/invoices/${again?.id}/discard`, {
      version: again?.version,
    });
    expect((await reverse()).statusCode).toBe(200);
  });

  it('a credit note credits a line once and, issued, releases its entries for the next run to bill again', async () => {
    const w = await world();
    await w.approvedWeek('2026-11-23', [8, 8, 0, 0, 0, 0, 0]);
    const issue = async (id: string) => {
      const draft = (await get(w.finance, `/api/v1/finance/invoices/${id}`)).json();
      const approved = (
        await send(w.owner, 'POST', `/api/v1/finance/invoices/${id}/approve`, {
          version: draft.version,
        })
      ).json();
      const issued = await send(w.finance, 'POST', `/api/v1/finance/invoices/${id}/issue`, {
        version: approved.version,
      });
      expect(issued.statusCode, issued.body).toBe(200);
      return issued.json();
    };
    const [first] = (await w.run(w.finance)).invoices;
    const invoice = await issue(first?.id as string);
    const credit = (lineIds?: string[]) =>
      send(w.finance, 'POST', `/api/v1/finance/invoices/${invoice.id}/credit-notes`, {
        version: invoice.version,
        reason: 'Billed at the wrong grade',
        ...(lineIds ? { lineIds } : {}),
      });
    expect((await credit([crypto.randomUUID()])).statusCode).toBe(400);
    const drafted = await credit();
    expect(drafted.statusCode, drafted.body).toBe(201);
    const note = drafted.json();
    expect(note).toMatchObject({
      kind: 'credit_note',
      creditsId: invoice.id,
      reason: 'Billed at the wrong grade',
      status: 'draft',
      netMinor: -invoice.netMinor,
      taxMinor: -invoice.taxMinor,
      totalMinor: -invoice.totalMinor,
      lines: [{ quantity: '-16', netMinor: -invoice.lines[0].netMinor }],
    });
    // The invoice moved on: a second credit from the same read conflicts, and the line is taken.
    expect((await credit()).statusCode).toBe(409);
    const reread = (await get(w.finance, `/api/v1/finance/invoices/${invoice.id}`)).json();
    expect(reread.lines[0].creditedBy).toBe(note.id);
    const twice = await send(
      w.finance,
      'POST',
      `/api/v1/finance/invoices/${invoice.id}/credit-notes`,
      {
        version: reread.version,
        reason: 'Again',
      },
    );
    expect(twice.statusCode).toBe(422);
    // Until the credit note is issued, its hours stay billed.
    expect((await w.run(w.finance)).invoices).toEqual([]);
    const issuedNote = await issue(note.id);
    expect(issuedNote.number).toBe('CN-2026-00001');
    const journal = (
      await get(w.finance, `/api/v1/finance/journals/${issuedNote.journalId}`)
    ).json();
    expect(journal.sourceType).toBe('credit_note');
    const tb = (await get(w.finance, '/api/v1/finance/trial-balance?from=2026-01-01')).json();
    const receivables = tb.rows.find(
      (r: { account: { code: string } }) => r.account.code === '1122',
    );
    expect(receivables.closingMinor).toBe(0);
    expect(tb.totals.balanced).toBe(true);
    // Released, the two days are billed again, once.
    const rebilled = (await w.run(w.finance)).invoices;
    expect(rebilled).toHaveLength(1);
    expect(rebilled[0]).toMatchObject({ netMinor: invoice.netMinor });
    expect((await w.run(w.finance)).invoices).toEqual([]);
  });

  it('numbers twenty invoices issued at once without gaps or twins', async () => {
    const w = await world();
    await h.db
      .insertInto('finance_policies')
      .values({
        workspace_id: w.owner.workspaceId,
        tax_basis: 'line',
        rounding: 'half_up',
        prices_include_tax: false,
        default_tax_rate: '0.06',
        four_eyes: false,
        updated_at: new Date().toISOString(),
        version: 1,
      })
      .execute();
    const drafts: Invoice[] = [];
    for (let i = 0; i < 20; i++) {
      await w.approvedWeek(addDays('2026-11-02', 7 * i), [1, 0, 0, 0, 0, 0, 0]);
      drafts.push(...(await w.run(w.finance)).invoices);
    }
    const approved = await Promise.all(
      drafts.map(
        async (d) =>
          (
            await send(w.finance, 'POST', `/api/v1/finance/invoices/${d.id}/approve`, {
              version: d.version,
            })
          ).json() as Invoice,
      ),
    );
    const issued = await Promise.all(
      approved.map((a) =>
        send(w.finance, 'POST', `/api/v1/finance/invoices/${a.id}/issue`, { version: a.version }),
      ),
    );
    expect(issued.map((r) => r.statusCode)).toEqual(drafts.map(() => 200));
    const numbers = issued.map((r) => r.json().number as string).sort();
    expect(numbers).toEqual(
      Array.from({ length: 20 }, (_, i) => `INV-2026-${String(i + 1).padStart(5, '0')}`),
    );
  });

  it('keeps invoices from members, portals and other workspaces', async () => {
    const w = await world();
    await w.approvedWeek('2026-11-23');
    const [draft] = (await w.run(w.finance)).invoices;
    for (const s of [w.anna, w.supplierManager]) {
      expect((await get(s, '/api/v1/finance/invoices')).statusCode).toBe(403);
      expect(
        (await send(s, 'POST', '/api/v1/finance/invoice-runs', { upTo: '2026-12-31' })).statusCode,
      ).toBe(403);
    }
    const stranger = await signedIn(h, { role: 'owner' });
    expect((await get(stranger, `/api/v1/finance/invoices/${draft?.id}`)).statusCode).toBe(404);
    const bad = await send(w.finance, 'POST', '/api/v1/finance/invoice-runs', { upTo: 'soon' });
    expect(bad.statusCode).toBe(400);
  });
});
