import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import {
  bindParty,
  type Session,
  signedIn,
  uploadFile,
  useHarness,
} from '../../../test/harness.ts';
import { invoiceWorld, postings } from '../invoices/invoices.fixture.ts';

const claims = '/api/v1/expense-claims';
const receipt = (name: string) => ({
  category: 'receipt',
  name,
  type: 'application/pdf',
  content: '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n',
});

describe.each(dialects)('expense claims on %s', (dialect) => {
  const h = useHarness(dialect);

  /** The invoice world with a per-diem rate for Shanghai and a 10% markup on the contract. */
  async function expenseWorld() {
    const w = await invoiceWorld(h);
    const policy = (await w.get(w.finance, '/api/v1/finance/policy')).json();
    const saved = await w.send(w.finance, 'PUT', '/api/v1/finance/policy', {
      taxBasis: policy.taxBasis,
      rounding: policy.rounding,
      pricesIncludeTax: policy.pricesIncludeTax,
      defaultTaxRate: policy.defaultTaxRate,
      fourEyes: policy.fourEyes,
      perDiemRates: [{ location: '上海', currency: 'CNY', dailyMinor: 30_000 }],
      version: policy.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    await h.db
      .updateTable('contracts')
      .set({ expense_markup: '0.10' })
      .where('id', '=', w.contract.id)
      .execute();
    const open = async (s: Session, title: string) => {
      const res = await w.send(s, 'POST', claims, { projectId: w.project.id, title });
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    const addLine = async (s: Session, claim: { id: string; version: number }, line: object) => {
      const res = await w.send(s, 'POST', `${claims}/${claim.id}/lines`, {
        ...line,
        version: claim.version,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const decide = (s: Session, claim: { id: string; version: number }, comment?: string) =>
      w.send(s, 'POST', `${claims}/${claim.id}/decisions`, {
        decision: comment ? 'rejected' : 'approved',
        version: claim.version,
        ...(comment ? { comment } : {}),
      });
    return { ...w, open, addLine, decide };
  }

  it('takes a receipt and a per diem through approval into the ledger, the project’s costs, the client’s invoice and a payment run', async () => {
    const w = await expenseWorld();
    let claim = await w.open(w.anna, '上海客户现场支持');
    expect(claim).toMatchObject({
      number: 'EXP-2026-00001',
      status: 'draft',
      person: { name: 'Anna Expert' },
      supplier: null,
      currency: 'EUR',
      canEdit: true,
    });
    // A hotel receipt of ¥1,060.00 with ¥60.00 VAT, billable; two days' allowance, not.
    claim = await w.addLine(w.anna, claim, {
      category: 'accommodation',
      day: '2026-11-24',
      description: '全季酒店 两晚',
      currency: 'CNY',
      amountMinor: 106_000,
      taxMinor: 6_000,
      billable: true,
    });
    claim = await w.addLine(w.anna, claim, {
      category: 'per_diem',
      day: '2026-11-24',
      description: '出差补贴',
      location: '上海',
      days: 2,
      billable: false,
    });
    expect(claim).toMatchObject({ totalMinor: 13_780 + 7_800, taxMinor: 780 });
    expect(claim.lines).toMatchObject([
      { category: 'accommodation', amountBaseMinor: 13_780, taxBaseMinor: 780, fxRate: '0.13' },
      { category: 'per_diem', currency: 'CNY', amountMinor: 60_000, amountBaseMinor: 7_800 },
    ]);
    const hotel = claim.lines[0];

    // Not without the hotel's receipt (the allowance needs none); not a stale version.
    const bare = await w.send(w.anna, 'POST', `${claims}/${claim.id}/submit`, {
      version: claim.version,
    });
    expect(bare.statusCode).toBe(422);
    expect(bare.json().detail).toContain('全季酒店');
    const attached = await uploadFile(
      h,
      w.anna,
      `${claims}/${claim.id}/lines/${hotel.id}/documents`,
      receipt('hotel.pdf'),
    );
    expect(attached.statusCode, attached.body).toBe(201);
    const stale = await w.send(w.anna, 'POST', `${claims}/${claim.id}/submit`, {
      version: claim.version - 1,
    });
    expect(stale.statusCode).toBe(409);
    const submitted = await w.send(w.anna, 'POST', `${claims}/${claim.id}/submit`, {
      version: claim.version,
    });
    expect(submitted.json()).toMatchObject({
      status: 'submitted',
      stage: 'project',
      canEdit: false,
    });
    claim = submitted.json();

    // The project's manager decides; the person does not, nor changes it now.
    expect((await w.decide(w.anna, claim)).statusCode).toBe(403);
    const late = await w.send(w.anna, 'POST', `${claims}/${claim.id}/lines`, {
      category: 'meals',
      day: '2026-11-24',
      description: 'Lunch',
      currency: 'CNY',
      amountMinor: 100,
      billable: false,
      version: claim.version,
    });
    expect(late.statusCode).toBe(422);
    const waiting = (await w.get(w.owner, `${claims}?waiting=true`)).json();
    expect(waiting.items).toMatchObject([{ id: claim.id }]);
    const approved = await w.decide(w.owner, claim);
    expect(approved.statusCode, approved.body).toBe(200);
    claim = approved.json();
    // Billed at its cost before VAT, in the contract's CNY, with the 10% markup.
    expect(claim.lines[0]).toMatchObject({
      markup: '0.10',
      rebillCurrency: 'CNY',
      rebillMinor: 110_000,
    });
    expect(claim.lines[1]).toMatchObject({ rebillMinor: null });
    const journal = (await w.get(w.finance, `/api/v1/finance/journals/${claim.journalId}`)).json();
    expect(postings(journal)).toEqual(
      expect.arrayContaining([
        ['640103', 20_800, 0],
        ['222102', 780, 0],
        ['2241', 0, 21_580],
      ]),
    );

    // The project's expenses: budget's category, earned value's cost, the P&L.
    const budget = (await w.get(w.owner, `/api/v1/projects/${w.project.id}/budget`)).json();
    expect(budget.lines).toContainEqual(
      expect.objectContaining({ category: 'expenses', actualMinor: 160_000 }),
    );
    const pnl = (
      await w.get(w.finance, '/api/v1/finance/reports/pnl?from=2026-11-01&to=2026-11-30')
    ).json();
    expect(pnl.totals).toMatchObject({ expensesMinor: 20_800, revenueMinor: 14_300 });

    // The next invoice run re-bills the hotel once.
    const { invoices } = await w.run(w.finance, '2026-11-30');
    const invoice = (await w.get(w.finance, `/api/v1/finance/invoices/${invoices[0]?.id}`)).json();
    expect(invoice.lines).toMatchObject([
      { kind: 'expense', netMinor: 110_000, descriptionZh: expect.stringContaining('全季酒店') },
    ]);
    expect((await w.run(w.finance, '2026-11-30')).invoices).toEqual([]);
    expect((await w.get(w.anna, `${claims}/${claim.id}`)).json().lines[0].invoice).toMatchObject({
      id: invoice.id,
    });

    // Reimbursed in the next payment run, to the person.
    const run = await w.send(w.finance, 'POST', '/api/v1/finance/payment-runs', {
      dueBy: '2026-11-30',
    });
    expect(run.statusCode, run.body).toBe(201);
    expect(run.json()).toMatchObject({
      claims: 1,
      bills: 0,
      payees: [
        {
          supplier: null,
          person: { name: 'Anna Expert' },
          currency: 'EUR',
          totalMinor: 21_580,
          claims: [{ number: 'EXP-2026-00001' }],
        },
      ],
    });
    const url = `/api/v1/finance/payment-runs/${run.json().id}`;
    const ok = await w.send(w.owner, 'POST', `${url}/approve`, { version: run.json().version });
    const paid = await w.send(w.finance, 'POST', `${url}/pay`, {
      version: ok.json().version,
      paidOn: '2026-11-27',
      bankReference: 'CMB-20261127',
    });
    expect(paid.statusCode, paid.body).toBe(200);
    const payment = (
      await w.get(w.finance, `/api/v1/finance/journals/${paid.json().journalId}`)
    ).json();
    expect(postings(payment)).toEqual([
      ['2241', 21_580, 0],
      ['1002', 0, 21_580],
    ]);
    expect((await w.get(w.anna, `${claims}/${claim.id}`)).json()).toMatchObject({
      status: 'paid',
      paidOn: '2026-11-27',
      paymentRun: { number: 'PAY-2026-00001' },
    });
  });

  it('asks the supplier first for its worker’s claim, reimburses the supplier, and shows nobody else', async () => {
    const w = await expenseWorld();
    let claim = await w.open(w.carl, 'Taxi to the client');
    expect(claim).toMatchObject({ supplier: { name: 'Baltic Dev' } });
    claim = await w.addLine(w.carl, claim, {
      category: 'travel',
      day: '2026-11-25',
      description: 'Taxi airport → 陆家嘴',
      currency: 'CNY',
      amountMinor: 8_000,
      billable: false,
    });
    const line = claim.lines[0];
    await uploadFile(
      h,
      w.carl,
      `${claims}/${claim.id}/lines/${line.id}/documents`,
      receipt('taxi.pdf'),
    );
    claim = (
      await w.send(w.carl, 'POST', `${claims}/${claim.id}/submit`, { version: claim.version })
    ).json();
    expect(claim).toMatchObject({ status: 'submitted', stage: 'supplier' });

    // Nobody else's: another member, another supplier.
    expect((await w.get(w.anna, `${claims}/${claim.id}`)).statusCode).toBe(404);
    const stranger = await signedIn(h, {
      workspaceId: w.owner.workspaceId,
      role: 'supplier_portal',
    });
    const other = (
      await w.send(w.owner, 'POST', '/api/v1/suppliers', { name: 'Nordic QA' })
    ).json();
    await bindParty(h, stranger, { type: 'supplier', id: other.id });
    expect((await w.get(stranger, `${claims}/${claim.id}`)).statusCode).toBe(404);
    expect(
      (await w.get(stranger, `${claims}/${claim.id}/lines/${line.id}/documents`)).statusCode,
    ).toBe(404);

    // The supplier first; the project's manager after.
    expect((await w.decide(w.owner, claim)).statusCode).toBe(403);
    const supplierInbox = (await w.get(w.supplierManager, `${claims}?waiting=true`)).json();
    expect(supplierInbox.items).toMatchObject([{ id: claim.id }]);
    const first = await w.decide(w.supplierManager, claim);
    expect(first.json()).toMatchObject({ status: 'supplier_approved', stage: 'project' });
    const rejected = await w.decide(w.owner, first.json(), 'No receipt date');
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      rejectionReason: 'No receipt date',
    });
    // Rejected, the person changes and submits it again, and it starts with the supplier.
    claim = (
      await w.send(w.carl, 'POST', `${claims}/${claim.id}/submit`, {
        version: rejected.json().version,
      })
    ).json();
    claim = (await w.decide(w.supplierManager, claim)).json();
    claim = (await w.decide(w.owner, claim)).json();
    expect(claim.status).toBe('approved');

    const run = (
      await w.send(w.finance, 'POST', '/api/v1/finance/payment-runs', { dueBy: '2026-11-30' })
    ).json();
    expect(run.payees).toMatchObject([
      { supplier: { name: 'Baltic Dev' }, person: null, totalMinor: 1_040, bills: [] },
    ]);
  });

  it('refuses what cannot be claimed and changes nothing', async () => {
    const w = await expenseWorld();
    const claim = await w.open(w.anna, 'Refusals');
    const line = (body: object) =>
      w.send(w.anna, 'POST', `${claims}/${claim.id}/lines`, { ...body, version: claim.version });
    const base = { day: '2026-11-24', description: 'x', billable: false };
    const nowhere = await line({ ...base, category: 'per_diem', location: '拉萨', days: 1 });
    expect(nowhere.statusCode).toBe(422);
    expect(nowhere.json().errors).toHaveProperty(['body.location']);
    const future = await line({
      ...base,
      category: 'meals',
      day: '2026-12-24',
      currency: 'CNY',
      amountMinor: 100,
    });
    expect(future.statusCode).toBe(422);
    const taxTooHigh = await line({
      ...base,
      category: 'meals',
      currency: 'CNY',
      amountMinor: 100,
      taxMinor: 100,
    });
    expect(taxTooHigh.statusCode).toBe(400);
    const noRate = await line({ ...base, category: 'meals', currency: 'USD', amountMinor: 100 });
    expect(noRate.statusCode).toBe(422);
    // Someone else's claim is not the member's to open; one for another person needs finance.
    const other = await w.send(w.anna, 'POST', claims, {
      projectId: w.project.id,
      title: 'For Carl',
      personId: w.carlPerson.id,
    });
    expect(other.statusCode).toBe(403);
    const empty = await w.send(w.anna, 'POST', `${claims}/${claim.id}/submit`, {
      version: claim.version,
    });
    expect(empty.statusCode).toBe(422);
    const after = (await w.get(w.anna, `${claims}/${claim.id}`)).json();
    expect(after).toMatchObject({ version: claim.version, lines: [], status: 'draft' });
  });
});
