import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { signedIn, useHarness } from '../../../test/harness.ts';
import { billWorld, CARL_WEEK_MINOR } from '../bills/bills.fixture.ts';
import { postings } from '../invoices/invoices.fixture.ts';

describe.each(dialects)('payment runs on %s', (dialect) => {
  const h = useHarness(dialect);
  const runs = '/api/v1/finance/payment-runs';

  it('pays the released bills due by a day in one run: approved by a second person, paid with the bank’s reference, never changed after', async () => {
    const w = await billWorld(h);
    await w.carlsWeek('2026-11-16');
    await w.carlsWeek('2026-11-23');
    await h.db
      .updateTable('suppliers')
      .set({ bank_name: 'Swedbank', bank_account: 'LV80HABA0551000000001', bank_swift: 'HABALV22' })
      .where('id', '=', w.supplier.id)
      .execute();
    const first = await w.approve(await w.enter(w.owner, w.billBody('BD-1', CARL_WEEK_MINOR)));
    const later = await w.enter(w.owner, {
      ...w.billBody('BD-2', CARL_WEEK_MINOR, ['2026-11-23', '2026-11-29']),
      dueDate: '2027-02-28',
    });
    await w.approve(later);

    const drafted = await w.send(w.finance, 'POST', runs, { dueBy: '2026-12-31' });
    expect(drafted.statusCode, drafted.body).toBe(201);
    const run = drafted.json();
    expect(run).toMatchObject({
      number: 'PAY-2026-00001',
      status: 'draft',
      bills: 1,
      totals: [{ currency: 'EUR', totalMinor: first.totalMinor }],
      payees: [
        {
          supplier: { name: 'Baltic Dev' },
          currency: 'EUR',
          totalMinor: first.totalMinor,
          bank: { account: 'LV80HABA0551000000001' },
          bills: [{ number: first.number, supplierReference: 'BD-1' }],
        },
      ],
    });
    // Bank details only for holders of suppliers:bank.
    const auditor = await signedIn(h, { workspaceId: w.owner.workspaceId, role: 'auditor' });
    expect((await w.get(auditor, `${runs}/${run.id}`)).json().payees[0].bank).toBeNull();
    // A bill is in one run at a time.
    expect((await w.send(w.finance, 'POST', runs, { dueBy: '2026-12-31' })).statusCode).toBe(422);

    const url = `${runs}/${run.id}`;
    expect(
      (await w.send(w.finance, 'POST', `${url}/approve`, { version: run.version })).statusCode,
    ).toBe(403);
    const approved = await w.send(w.owner, 'POST', `${url}/approve`, { version: run.version });
    expect(approved.json()).toMatchObject({ status: 'approved' });
    expect(
      (await w.send(w.finance, 'POST', `${url}/discard`, { version: approved.json().version }))
        .statusCode,
    ).toBe(422);
    const early = await w.send(w.finance, 'POST', `${url}/pay`, {
      version: approved.json().version,
      paidOn: '2027-01-05',
      bankReference: 'SEB-77812',
    });
    expect(early.statusCode).toBe(422);
    const paid = await w.send(w.finance, 'POST', `${url}/pay`, {
      version: approved.json().version,
      paidOn: '2026-11-27',
      bankReference: 'SEB-77812',
    });
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json()).toMatchObject({
      status: 'paid',
      paidOn: '2026-11-27',
      bankReference: 'SEB-77812',
    });
    const journal = (
      await w.get(w.finance, `/api/v1/finance/journals/${paid.json().journalId}`)
    ).json();
    expect(postings(journal)).toEqual([
      ['2202', first.totalMinor, 0],
      ['1002', 0, first.totalMinor],
    ]);
    expect(
      (await w.get(w.finance, `/api/v1/finance/supplier-bills/${first.id}`)).json(),
    ).toMatchObject({
      status: 'paid',
      paidOn: '2026-11-27',
      paymentRun: { number: 'PAY-2026-00001' },
    });
    const twice = await w.send(w.finance, 'POST', `${url}/pay`, {
      version: paid.json().version,
      paidOn: '2026-11-27',
      bankReference: 'again',
    });
    expect(twice.statusCode).toBe(422);

    // The supplier sees the remittance on its bill.
    const seen = (
      await w.get(w.supplierManager, `/api/v1/supplier-portal/bills/${first.id}`)
    ).json();
    expect(seen).toMatchObject({ status: 'paid', paymentReference: 'SEB-77812' });
    expect(seen).not.toHaveProperty('journalId');
  });

  it('discards a draft run and frees its bills for the next', async () => {
    const w = await billWorld(h);
    await w.carlsWeek('2026-11-16');
    await w.approve(await w.enter(w.owner, w.billBody('BD-1', CARL_WEEK_MINOR)));
    const run = (await w.send(w.finance, 'POST', runs, { dueBy: '2026-12-31' })).json();
    const discarded = await w.send(w.finance, 'POST', `${runs}/${run.id}/discard`, {
      version: run.version,
    });
    expect(discarded.json()).toMatchObject({ status: 'discarded', bills: 0 });
    const next = await w.send(w.finance, 'POST', runs, { dueBy: '2026-12-31' });
    expect(next.json()).toMatchObject({ number: 'PAY-2026-00002', bills: 1 });
    expect((await w.get(w.finance, `${runs}?status=draft`)).json().items).toHaveLength(1);
  });
});
