import { describe, expect, it } from 'vitest';
import { addDays } from '../../../platform/days.ts';
import { dialects } from '../../../test/databases.ts';
import { signedIn, useHarness } from '../../../test/harness.ts';
import { invoiceWorld, postings } from '../invoices/invoices.fixture.ts';
import { runPaymentReminders } from './payment-reminders.job.ts';

describe.each(dialects)('collecting receivables on %s', (dialect) => {
  const h = useHarness(dialect);

  /** An invoice for Anna's week, issued on a day long enough ago to be overdue. */
  async function overdueWorld(issueDate = '2026-08-03') {
    const w = await invoiceWorld(h);
    await w.approvedWeek('2026-11-23');
    const [draft] = (await w.run(w.finance)).invoices;
    const invoice = await w.issue(draft as never, issueDate);
    const now = async () =>
      (await w.get(w.finance, `/api/v1/finance/invoices/${invoice.id}`)).json();
    const aging = async () => (await w.get(w.finance, '/api/v1/finance/receivables/aging')).json();
    return { ...w, invoice, now, aging };
  }

  it('shows what a client owes against its credit limit, what is overdue, and days sales outstanding', async () => {
    const w = await overdueWorld('2026-10-01');
    const exposure = async () =>
      (await w.get(w.owner, `/api/v1/finance/clients/${w.client.id}/exposure`)).json();
    const open = (await w.now()).baseOpenMinor;
    expect(await exposure()).toMatchObject({
      openMinor: open,
      overdueMinor: open,
      creditLimitMinor: null,
      availableMinor: null,
      overLimit: false,
      // Issued 57 days ago within the last ninety, nothing paid: open is all of it.
      dsoDays: 90,
    });
    const client = (await w.get(w.owner, `/api/v1/clients/${w.client.id}`)).json();
    const limited = await w.send(w.owner, 'PATCH', `/api/v1/clients/${w.client.id}`, {
      version: client.version,
      creditLimitMinor: open - 1,
    });
    expect(limited.json()).toMatchObject({ creditLimitMinor: open - 1 });
    expect(await exposure()).toMatchObject({ availableMinor: -1, overLimit: true });
    // Account managers see it on the client; members and portals do not; nor other workspaces.
    const manager = await signedIn(h, {
      workspaceId: w.owner.workspaceId,
      role: 'account_manager',
    });
    const url = `/api/v1/finance/clients/${w.client.id}/exposure`;
    expect((await w.get(manager, url)).statusCode).toBe(200);
    const member = await signedIn(h, { workspaceId: w.owner.workspaceId, role: 'member' });
    expect((await w.get(member, url)).statusCode).toBe(403);
    const stranger = await signedIn(h);
    expect((await w.get(stranger, url)).statusCode).toBe(404);
  });

  it('ages what each client owes by days past due, and the total is the receivables balance', async () => {
    const w = await overdueWorld();
    const days = Math.round(
      (Date.parse('2026-11-27') - Date.parse(w.invoice.dueDate)) / (24 * 3600 * 1000),
    );
    expect(days).toBeGreaterThan(60);
    expect(days).toBeLessThanOrEqual(90);
    expect(w.invoice.settlement).toBe('overdue');
    const aging = await w.aging();
    expect(aging.rows).toEqual([
      expect.objectContaining({
        client: { id: w.client.id, name: '华信银行' },
        currentMinor: 0,
        days61to90Minor: 413_400,
        totalMinor: 413_400,
      }),
    ]);
    expect(aging.totals).toMatchObject({ totalMinor: 413_400, over90Minor: 0 });
    const csv = await w.get(w.finance, '/api/v1/finance/receivables/aging/export?format=csv');
    expect(
      csv.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\n'),
    ).toEqual([
      '"client","currency","current","days1to30","days31to60","days61to90","over90","total"',
      '"华信银行","EUR","0.00","0.00","0.00","4134.00","0.00","4134.00"',
    ]);
    // A second invoice issued today is current.
    await w.approvedWeek('2026-11-30');
    const [draft] = (await w.run(w.finance)).invoices;
    await w.issue(draft as never);
    expect((await w.aging()).totals).toMatchObject({
      currentMinor: 413_400,
      days61to90Minor: 413_400,
      totalMinor: 826_800,
    });
  });

  it('writes off what is still owed to bad debts, once, by a finance approver with a reason', async () => {
    const w = await overdueWorld();
    await w.send(w.finance, 'POST', '/api/v1/finance/payments', {
      clientId: w.client.id,
      currency: 'CNY',
      receivedOn: '2026-11-27',
      amountMinor: 1_000_000,
      allocations: [{ invoiceId: w.invoice.id, amountMinor: 1_000_000 }],
    });
    const writeOff = (version: number, body: object = { reason: 'Client insolvent' }) =>
      w.send(w.finance, 'POST', `/api/v1/finance/invoices/${w.invoice.id}/write-off`, {
        version,
        ...body,
      });
    const current = await w.now();
    expect((await writeOff(current.version, {})).statusCode).toBe(400);
    const member = await w.send(
      w.anna,
      'POST',
      `/api/v1/finance/invoices/${w.invoice.id}/write-off`,
      { version: current.version, reason: 'x' },
    );
    expect(member.statusCode).toBe(403);
    const done = await writeOff(current.version);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      settlement: 'written_off',
      writtenOffMinor: 2_180_000,
      writtenOffReason: 'Client insolvent',
      balanceMinor: 0,
    });
    const journals = (
      await w.get(w.finance, '/api/v1/finance/journals?sourceType=write_off')
    ).json().items;
    const journal = (await w.get(w.finance, `/api/v1/finance/journals/${journals[0].id}`)).json();
    // What the invoice still had open at its booked rate: €4,134.00 less the €1,300.00 paid.
    expect(postings(journal)).toEqual([
      ['6702', 283_400, 0],
      ['1122', 0, 283_400],
    ]);
    expect((await w.aging()).totals.totalMinor).toBe(0);
    expect((await writeOff(done.json().version)).statusCode).toBe(422);
  });

  it('reminds billing contacts on the chosen days after the due date, once each, never while disputed', async () => {
    const w = await overdueWorld('2026-11-02');
    await w.send(w.owner, 'POST', `/api/v1/clients/${w.client.id}/contacts`, {
      name: '王芳',
      email: 'wangfang@huaxin.example',
      language: 'zh-CN',
      relationship: 'billing',
    });
    const due = w.invoice.dueDate as string;
    const remind = (daysLate: number) =>
      runPaymentReminders(
        { db: h.db, config: h.config, clock: h.clock },
        { today: addDays(due, daysLate), workspaceIds: [w.owner.workspaceId] },
      );
    const mails = () =>
      h.db
        .selectFrom('mail_messages')
        .select(['subject', 'body'])
        .where('to_address', '=', 'wangfang@huaxin.example')
        .execute();
    expect(await remind(6)).toBe(0);
    expect(await remind(7)).toBe(1);
    expect(await remind(8)).toBe(0);
    expect((await mails())[0]?.subject).toContain('付款提醒：发票 INV-2026-00001 已逾期 7 天');
    // Down for a month: one reminder, not one per missed day.
    expect(await remind(45)).toBe(1);
    expect(await mails()).toHaveLength(2);
    const invoice = await w.now();
    expect(invoice.remindersSent).toBe(2);

    const disputed = await w.send(
      w.finance,
      'POST',
      `/api/v1/finance/invoices/${invoice.id}/dispute`,
      {
        version: invoice.version,
        disputed: true,
        reason: 'Hours of 24 November contested',
      },
    );
    expect(disputed.statusCode, disputed.body).toBe(200);
    expect(await remind(61)).toBe(0);
    await w.send(w.finance, 'POST', `/api/v1/finance/invoices/${invoice.id}/dispute`, {
      version: disputed.json().version,
      disputed: false,
    });
    expect(await remind(61)).toBe(1);
    expect(await mails()).toHaveLength(3);
    // Paid, it is not reminded of again.
    await w.send(w.finance, 'POST', '/api/v1/finance/payments', {
      clientId: w.client.id,
      currency: 'CNY',
      receivedOn: '2026-11-27',
      amountMinor: 3_180_000,
      allocations: [{ invoiceId: invoice.id, amountMinor: 3_180_000 }],
    });
    expect(await remind(200)).toBe(0);
  });
});
