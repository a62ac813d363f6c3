import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { call, type Session, signedIn, useHarness } from '../../../test/harness.ts';
import { CLIENT_DAY_RATE, timeWorld } from '../../time/time.fixture.ts';
import { invoiceWorld } from './invoices.fixture.ts';

describe.each(dialects)('fixed-fee, milestone and capped billing on %s', (dialect) => {
  const h = useHarness(dialect);
  const send = (s: Session, method: 'POST' | 'PATCH', url: string, payload: object = {}) =>
    call(h, { method, url, cookie: s.cookie, payload });

  /** A client contract of another billing model, in force, with a project delivering it. */
  async function contractOf(owner: Session, clientId: string, terms: object) {
    const contract = (
      await send(owner, 'POST', '/api/v1/contracts', {
        partyType: 'client',
        clientId,
        type: 'sow',
        title: '核心系统迁移 二期',
        currency: 'CNY',
        valueMinor: 90_000_000,
        startDate: '2026-01-01',
        endDate: '2027-12-31',
        ...terms,
      })
    ).json();
    await h.db
      .updateTable('contracts')
      .set({ status: 'active', fx_rate: '0.13' })
      .where('id', '=', contract.id)
      .execute();
    const project = (
      await send(owner, 'POST', '/api/v1/projects', {
        contractId: contract.id,
        managerId: owner.userId,
      })
    ).json();
    return { contract, project };
  }

  it('bills each fixed-fee item once by its day, and again once a credit note releases it', async () => {
    const w = await invoiceWorld(h);
    const { contract } = await contractOf(w.owner, w.client.id, {
      billingModel: 'fixed_price',
      feeSchedule: [
        { date: '2026-10-01', amountMinor: 30_000_000, label: '首期款 Kick-off' },
        { date: '2026-11-15', amountMinor: 30_000_000, label: '上线款 Go-live' },
        { date: '2027-03-31', amountMinor: 30_000_000, label: '验收款 Acceptance' },
      ],
    });
    const run = async () =>
      (
        await send(w.finance, 'POST', '/api/v1/finance/invoice-runs', {
          upTo: '2026-11-27',
          contractId: contract.id,
        })
      ).json();
    const first = await run();
    expect(first.invoices).toHaveLength(1);
    const draft = (
      await w.get(w.finance, `/api/v1/finance/invoices/${first.invoices[0].id}`)
    ).json();
    expect(draft).toMatchObject({
      netMinor: 60_000_000,
      capMinor: null,
      lines: [
        {
          kind: 'fee',
          descriptionZh: '首期款 Kick-off',
          quantity: '1',
          unit: 'item',
          netMinor: 30_000_000,
        },
        { kind: 'fee', descriptionZh: '上线款 Go-live', netMinor: 30_000_000 },
      ],
    });
    expect((await run()).invoices).toEqual([]);

    const issued = await w.issue(draft);
    const note = await send(
      w.finance,
      'POST',
      `/api/v1/finance/invoices/${issued.id}/credit-notes`,
      {
        version: issued.version,
        reason: '上线款金额有误',
        lineIds: [draft.lines[1].id],
      },
    );
    expect(note.statusCode, note.body).toBe(201);
    await w.issue(note.json());
    const again = await run();
    expect(again.invoices).toHaveLength(1);
    const rebilled = (
      await w.get(w.finance, `/api/v1/finance/invoices/${again.invoices[0].id}`)
    ).json();
    expect(rebilled.lines).toMatchObject([{ kind: 'fee', descriptionZh: '上线款 Go-live' }]);
  });

  it('bills a milestone once it is completed, with its amount', async () => {
    const w = await invoiceWorld(h);
    const { contract, project } = await contractOf(w.owner, w.client.id, {
      billingModel: 'milestone',
    });
    const url = `/api/v1/projects/${project.id}/milestones`;
    const [milestone] = (
      await send(w.owner, 'POST', url, {
        name: '数据迁移完成',
        dueDate: '2026-11-20',
        amountMinor: 45_000_000,
      })
    ).json();
    const run = async () =>
      (
        await send(w.finance, 'POST', '/api/v1/finance/invoice-runs', { upTo: '2026-11-27' })
      ).json();
    const before = await run();
    expect(before.invoices.map((i: { contract: { id: string } }) => i.contract.id)).not.toContain(
      contract.id,
    );
    const done = await send(w.owner, 'PATCH', `${url}/${milestone.id}`, {
      version: milestone.version,
      status: 'completed',
    });
    expect(done.statusCode, done.body).toBe(200);
    const billed = (await run()).invoices.filter(
      (i: { contract: { id: string } }) => i.contract.id === contract.id,
    );
    expect(billed).toHaveLength(1);
    const invoice = (await w.get(w.finance, `/api/v1/finance/invoices/${billed[0].id}`)).json();
    expect(invoice.lines).toMatchObject([
      { kind: 'milestone', descriptionZh: '里程碑：数据迁移完成', netMinor: 45_000_000 },
    ]);
  });

  it('bills a retainer’s prepaid block once, in advance, and not the hours that draw it down', async () => {
    const w = await invoiceWorld(h);
    const { contract } = await contractOf(w.owner, w.client.id, {
      billingModel: 'retainer',
      hourBlock: 120,
      valueMinor: 12_000_000,
    });
    const run = async () =>
      (
        await send(w.finance, 'POST', '/api/v1/finance/invoice-runs', {
          upTo: '2026-11-27',
          contractId: contract.id,
        })
      ).json();
    const [draft] = (await run()).invoices;
    const invoice = (await w.get(w.finance, `/api/v1/finance/invoices/${draft.id}`)).json();
    expect(invoice.lines).toMatchObject([
      { kind: 'retainer', descriptionEn: 'Retainer: 120 prepaid hours', netMinor: 12_000_000 },
    ]);
    expect((await run()).invoices).toEqual([]);
  });

  it('renews a retainer’s block each month, refuses hours past it unless they are billed as overage, and bills the overage at the rate card', async () => {
    const w = await invoiceWorld(h);
    await h.db
      .updateTable('contracts')
      .set({
        billing_model: 'retainer',
        hour_block: 16,
        value_minor: 1_200_000,
        start_date: '2026-10-01',
        end_date: '2027-03-31',
        retainer_period: 'month',
      })
      .where('id', '=', w.contract.id)
      .execute();
    const monday = '2026-11-16';
    await w.send(w.anna, 'PUT', `/api/v1/time/weeks/${monday}`, {
      rows: [{ projectId: w.project.id, hours: [8, 8, 8, 0, 0, 0, 0] }],
    });
    await w.send(w.anna, 'POST', `/api/v1/time/weeks/${monday}/submit`);
    const sheet = (await w.get(w.owner, '/api/v1/timesheets/inbox')).json().items[0];
    const decide = () =>
      w.send(w.owner, 'POST', `/api/v1/timesheets/${sheet.id}/decisions`, {
        decision: 'approved',
        version: sheet.version,
      });
    // 24 hours in November against a block of 16: refused while the contract bills no overage.
    const refused = await decide();
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toContain('2026-11-01 – 2026-11-30: 24 of 16');
    await h.db
      .updateTable('contracts')
      .set({ retainer_overage: true })
      .where('id', '=', w.contract.id)
      .execute();
    expect((await decide()).statusCode).toBe(200);

    const run = async (upTo: string) =>
      (
        await w.send(w.finance, 'POST', '/api/v1/finance/invoice-runs', {
          upTo,
          contractId: w.contract.id,
        })
      ).json();
    const [draft] = (await run('2026-11-27')).invoices;
    const invoice = (await w.get(w.finance, `/api/v1/finance/invoices/${draft.id}`)).json();
    // Six months share the value; October and November have begun; 8 hours are past the block.
    expect(
      invoice.lines.map((l: { descriptionEn: string; quantity: string; netMinor: number }) => [
        l.descriptionEn,
        l.quantity,
        l.netMinor,
      ]),
    ).toEqual([
      ['Retainer: 16 prepaid hours 2026-10-01 – 2026-10-31', '1', 200_000],
      ['Retainer: 16 prepaid hours 2026-11-01 – 2026-11-30', '1', 200_000],
      ['Overage: Java developer', '8', CLIENT_DAY_RATE],
    ]);
    expect((await run('2026-11-27')).invoices).toEqual([]);
    const [december] = (await run('2026-12-01')).invoices;
    expect(
      (await w.get(w.finance, `/api/v1/finance/invoices/${december.id}`)).json().lines,
    ).toMatchObject([{ descriptionEn: 'Retainer: 16 prepaid hours 2026-12-01 – 2026-12-31' }]);
  });

  it('shows time per person and day where the contract asks for the detail, for the same total', async () => {
    const w = await invoiceWorld(h);
    await h.db
      .updateTable('contracts')
      .set({ invoice_detail: 'detail' })
      .where('id', '=', w.contract.id)
      .execute();
    await w.approvedWeek('2026-11-16', [8, 8, 4, 0, 0, 0, 0]);
    const [draft] = (await w.run(w.finance)).invoices;
    const invoice = (await w.get(w.finance, `/api/v1/finance/invoices/${draft?.id}`)).json();
    expect(
      invoice.lines.map((l: { descriptionEn: string; quantity: string; netMinor: number }) => [
        l.descriptionEn,
        l.quantity,
        l.netMinor,
      ]),
    ).toEqual([
      ['Java developer · Anna Expert · 2026-11-16', '8', CLIENT_DAY_RATE],
      ['Java developer · Anna Expert · 2026-11-17', '8', CLIENT_DAY_RATE],
      ['Java developer · Anna Expert · 2026-11-18', '4', CLIENT_DAY_RATE / 2],
    ]);
    expect(invoice.netMinor).toBe(2.5 * CLIENT_DAY_RATE);
  });

  it('keeps a time-and-materials run within the cap, in day order, and shows what the cap held back', async () => {
    const w = await timeWorld(h, { capMinor: 3 * CLIENT_DAY_RATE });
    const finance = await signedIn(h, { workspaceId: w.owner.workspaceId, role: 'finance' });
    const monday = '2026-11-16';
    await call(h, {
      method: 'PUT',
      url: `/api/v1/time/weeks/${monday}`,
      cookie: w.anna.cookie,
      payload: { rows: [{ projectId: w.project.id, hours: [8, 8, 8, 0, 0, 0, 0] }] },
    });
    await send(w.anna, 'POST', `/api/v1/time/weeks/${monday}/submit`);
    const sheet = (
      await call(h, { method: 'GET', url: '/api/v1/timesheets/inbox', cookie: w.owner.cookie })
    )
      .json()
      .items.find((x: { weekStart: string }) => x.weekStart === monday);
    const approved = await send(w.owner, 'POST', `/api/v1/timesheets/${sheet.id}/decisions`, {
      decision: 'approved',
      version: sheet.version,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    // Approval keeps within the cap; an amendment lowered it since, below what was approved.
    const cap = 2 * CLIENT_DAY_RATE + 100;
    await h.db
      .updateTable('contracts')
      .set({ cap_minor: cap })
      .where('id', '=', w.contract.id)
      .execute();

    const run = (
      await send(finance, 'POST', '/api/v1/finance/invoice-runs', { upTo: '2026-11-27' })
    ).json();
    expect(run.invoices).toMatchObject([
      { netMinor: 2 * CLIENT_DAY_RATE, capMinor: cap, cappedMinor: CLIENT_DAY_RATE },
    ]);
    expect(run.capped).toMatchObject([
      { contract: { id: w.contract.id }, currency: 'CNY', cappedMinor: CLIENT_DAY_RATE },
    ]);
    // The draft holds its hours against the cap: the next run bills nothing more.
    const next = (
      await send(finance, 'POST', '/api/v1/finance/invoice-runs', { upTo: '2026-11-27' })
    ).json();
    expect(next.invoices).toEqual([]);
    expect(next.capped).toMatchObject([{ cappedMinor: CLIENT_DAY_RATE }]);
  });
});
