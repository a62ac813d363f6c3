import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { signedIn, useHarness } from '../../../test/harness.ts';
import { billWorld, CARL_WEEK_MINOR } from '../bills/bills.fixture.ts';
import { invoiceWorld } from '../invoices/invoices.fixture.ts';

describe.each(dialects)('bank statements on %s', (dialect) => {
  const h = useHarness(dialect);
  const statements = '/api/v1/finance/bank-statements';
  const account = '招商银行 1219 0876 5410 001';

  it('imports a statement under a saved column mapping, suggests the invoice each receipt pays, and records the payment a person confirms', async () => {
    const w = await invoiceWorld(h);
    await w.approvedWeek('2026-11-16');
    const [draft] = (await w.run(w.finance)).invoices;
    const invoice = await w.issue(draft as never, '2026-11-20');
    const owed = (invoice.totalMinor / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
    const csv = [
      '交易日期,金额,摘要,对方户名',
      `2026/11/26,"${owed}",货款 ${invoice.number},华信银行股份有限公司`,
      '20261126,-25.00,手续费,',
      '2026-11-27,"5,000.00",往来款,远东物流',
    ].join('\n');
    const imported = await w.send(w.finance, 'POST', statements, {
      bankAccount: account,
      currency: 'CNY',
      format: 'csv',
      content: csv,
      fileName: '对账单 2026-11.csv',
      mapping: { date: '交易日期', amount: '金额', reference: '摘要', counterparty: '对方户名' },
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const statement = imported.json();
    expect(statement).toMatchObject({
      firstDay: '2026-11-26',
      lastDay: '2026-11-27',
      lines: 3,
      open: 3,
    });
    const [receipt, fee, unknown] = statement.bookings;
    expect(receipt).toMatchObject({
      amountMinor: invoice.totalMinor,
      suggestions: [{ invoice: { id: invoice.id }, reasons: ['amount', 'reference', 'payer'] }],
    });
    expect(fee).toMatchObject({ amountMinor: -2_500, suggestions: [] });
    expect(unknown.suggestions).toEqual([]);

    const url = '/api/v1/finance/bank-lines';
    const open = (await w.get(w.finance, url)).json().items;
    expect(open.map((l: { id: string }) => l.id)).toEqual([receipt.id, fee.id, unknown.id]);
    const stale = await w.send(w.finance, 'POST', `${url}/${receipt.id}/match`, {
      version: receipt.version + 1,
      invoiceId: invoice.id,
    });
    expect(stale.statusCode).toBe(409);
    const matched = await w.send(w.finance, 'POST', `${url}/${receipt.id}/match`, {
      version: receipt.version,
      invoiceId: invoice.id,
    });
    expect(matched.statusCode, matched.body).toBe(200);
    expect(matched.json()).toMatchObject({
      status: 'matched',
      payment: { number: 'RCV-2026-00001' },
    });
    const paid = (await w.get(w.finance, `/api/v1/finance/invoices/${invoice.id}`)).json();
    expect(paid).toMatchObject({ settlement: 'paid', paidMinor: invoice.totalMinor });
    const payment = (
      await w.get(w.finance, `/api/v1/finance/payments/${matched.json().payment.id}`)
    ).json();
    expect(payment).toMatchObject({ receivedOn: '2026-11-26', payer: '华信银行股份有限公司' });
    const twice = await w.send(w.finance, 'POST', `${url}/${receipt.id}/match`, {
      version: matched.json().version,
      invoiceId: invoice.id,
    });
    expect(twice.statusCode).toBe(422);
    const money = await w.send(w.finance, 'POST', `${url}/${fee.id}/match`, {
      version: fee.version,
      invoiceId: invoice.id,
    });
    expect(money.statusCode).toBe(422);
    const ignored = await w.send(w.finance, 'POST', `${url}/${fee.id}/ignore`, {
      version: fee.version,
      note: '银行手续费',
    });
    expect(ignored.json()).toMatchObject({ status: 'ignored', note: '银行手续费' });
    expect((await w.get(w.finance, url)).json().items.map((l: { id: string }) => l.id)).toEqual([
      unknown.id,
    ]);

    // The next file of the account is read with the mapping saved; a row that does not read stops it.
    const saved = (
      await w.get(
        w.finance,
        `/api/v1/finance/bank-mappings?bankAccount=${encodeURIComponent(account)}`,
      )
    ).json();
    expect(saved).toMatchObject({ date: '交易日期', amount: '金额' });
    const next = { bankAccount: account, currency: 'CNY', format: 'csv' };
    const bad = await w.send(w.finance, 'POST', statements, {
      ...next,
      content: '交易日期,金额,摘要,对方户名\n2026-12-01,12.5x,x,y\n',
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().errors)).toEqual(['row 2.金额']);
    const good = await w.send(w.finance, 'POST', statements, {
      ...next,
      content: '交易日期,金额,摘要,对方户名\n2026-12-01,(12.50),年费,\n',
    });
    expect(good.json().bookings).toMatchObject([{ amountMinor: -1_250, bookedOn: '2026-12-01' }]);
    // Files with money in and out in columns of their own (贷方, 借方).
    const split = await w.send(w.finance, 'POST', statements, {
      bankAccount: '工商银行 6222 0210',
      currency: 'CNY',
      format: 'csv',
      content: '日期,贷方金额,借方金额\n2026-12-02,1000.00,\n2026-12-02,,30.00\n',
      mapping: { date: '日期', amount: '贷方金额', moneyOut: '借方金额' },
    });
    expect(split.json().bookings.map((l: { amountMinor: number }) => l.amountMinor)).toEqual([
      100_000, -3_000,
    ]);
    expect((await w.get(w.finance, statements)).json().items).toHaveLength(3);

    const stranger = await signedIn(h);
    expect((await w.get(stranger, `${statements}/${statement.id}`)).statusCode).toBe(404);
    const member = await signedIn(h, { workspaceId: w.owner.workspaceId, role: 'member' });
    expect((await w.get(member, statements)).statusCode).toBe(403);
  });

  it('matches money out to the payment run the bank paid, whole, once', async () => {
    const w = await billWorld(h);
    await w.carlsWeek('2026-11-16');
    await w.approve(await w.enter(w.owner, w.billBody('BD-1', CARL_WEEK_MINOR)));
    const runs = '/api/v1/finance/payment-runs';
    const run = (await w.send(w.finance, 'POST', runs, { dueBy: '2026-12-31' })).json();
    const approved = (
      await w.send(w.owner, 'POST', `${runs}/${run.id}/approve`, { version: run.version })
    ).json();
    await w.send(w.finance, 'POST', `${runs}/${run.id}/pay`, {
      version: approved.version,
      paidOn: '2026-11-27',
      bankReference: 'SEB-77812',
    });
    const total = run.totals[0].totalMinor;
    const euros = (minor: number) => (minor / 100).toFixed(2);
    const imported = await w.send(w.finance, 'POST', statements, {
      bankAccount: 'SEB EUR 5000 1234',
      currency: 'EUR',
      format: 'csv',
      content: [
        'date,amount,reference',
        `2026-11-27,-${euros(total)},SEB-77812 batch`,
        `2026-11-27,-${euros(total - 1)},other`,
      ].join('\n'),
      mapping: { date: 'date', amount: 'amount', reference: 'reference' },
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const [paid, short] = imported.json().bookings;
    expect(paid.runSuggestions).toEqual([
      {
        run: { id: run.id, number: run.number, totalMinor: total },
        reasons: ['amount', 'reference'],
      },
    ]);
    expect(short.runSuggestions).toEqual([]);
    const url = '/api/v1/finance/bank-lines';
    // Not for a different amount; then for the line that is the run, once.
    const wrong = await w.send(w.finance, 'POST', `${url}/${short.id}/match`, {
      version: short.version,
      paymentRunId: run.id,
    });
    expect(wrong.statusCode).toBe(422);
    const matched = await w.send(w.finance, 'POST', `${url}/${paid.id}/match`, {
      version: paid.version,
      paymentRunId: run.id,
    });
    expect(matched.statusCode, matched.body).toBe(200);
    expect(matched.json()).toMatchObject({
      status: 'matched',
      paymentRun: { id: run.id, number: run.number },
      payment: null,
    });
    const again = await w.send(w.finance, 'POST', `${url}/${short.id}/match`, {
      version: short.version,
      paymentRunId: run.id,
    });
    expect(again.statusCode).toBe(422);
    const both = await w.send(w.finance, 'POST', `${url}/${short.id}/match`, {
      version: short.version,
      paymentRunId: run.id,
      invoiceId: run.id,
    });
    expect(both.statusCode).toBe(400);
  });
});
