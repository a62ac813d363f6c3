import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { login, useHarness } from '../../../test/harness.ts';
import { invoiceWorld } from '../../finance/invoices/invoices.fixture.ts';

describe.each(dialects)("a month's SLA credits into the client's invoice on %s", (dialect) => {
  const h = useHarness(dialect);

  it("confirms a month's breaches once, and the next invoice run credits them on the contract's invoice", async () => {
    const w = await invoiceWorld(h);
    // The signed contract's P1 resolution line: half an hour, 5% of the month's fee per breach.
    await h.db
      .insertInto('contract_slas')
      .values({
        id: crypto.randomUUID(),
        workspace_id: w.owner.workspaceId,
        contract_id: w.contract.id,
        metric: 'resolution_time',
        priority: 'p1',
        target: 30,
        measurement_window: 'month',
        credit_percent: 5,
        credit_cap_percent: 10,
        source_sla_id: null,
        created_at: h.clock.now().toISOString(),
        updated_at: h.clock.now().toISOString(),
        created_by: null,
      })
      .execute();
    const opened = await w.send(w.owner, 'POST', '/api/v1/tickets', {
      title: '核心交易中断',
      clientId: w.client.id,
      contractId: w.contract.id,
      impact: 'high',
      urgency: 'high',
    });
    expect(opened.statusCode, opened.body).toBe(201);
    h.clock.advance(40 * 60_000);
    const owner = { ...w.owner, cookie: await login(h, w.owner.email) };
    const resolved = await w.send(
      owner,
      'POST',
      `/api/v1/tickets/${opened.json().id}/transitions`,
      {
        status: 'resolved',
        resolution: '切换到备用链路',
        version: opened.json().version,
      },
    );
    expect(resolved.statusCode, resolved.body).toBe(200);

    const month = h.clock.now().toISOString().slice(0, 7);
    const url = `/api/v1/sla-compliance?contractId=${w.contract.id}&month=${month}`;
    const finance = { ...w.finance, cookie: await login(h, w.finance.email) };
    const report = (await w.get(finance, url)).json();
    const line = report.lines.find((l: { priority: string }) => l.priority === 'p1');
    // 500,000.00 over the 24 months of its term: 20,833.33 a month, 5% of it.
    expect(report.feeMinor).toBe(2_083_333);
    expect(line).toMatchObject({ inScope: 1, breached: 1, creditPercent: '5' });
    expect(report).toMatchObject({ creditMinor: 104_167, settlement: null });

    expect(
      (
        await w.send(owner, 'POST', '/api/v1/sla-compliance/settlements', {
          contractId: w.contract.id,
          month,
        })
      ).statusCode,
    ).toBe(201);
    const settled = (await w.get(finance, url)).json();
    expect(settled.settlement).toMatchObject({ confirmedBy: { id: w.owner.userId } });
    const again = await w.send(finance, 'POST', '/api/v1/sla-compliance/settlements', {
      contractId: w.contract.id,
      month,
    });
    expect(again.statusCode).toBe(409);

    // The next run's invoice for the contract takes the credit as a line of its own.
    await w.approvedWeek('2026-11-23');
    const { invoices } = await w.run(finance);
    const invoice = (await w.get(finance, `/api/v1/finance/invoices/${invoices[0]?.id}`)).json();
    const credit = invoice.lines.find((l: { kind: string }) => l.kind === 'service_credit');
    expect(credit).toMatchObject({ netMinor: -104_167 });
    expect(credit.descriptionEn).toContain(`SLA service credit ${month}`);
    // Drafted once: a second run takes it again only if this draft is discarded.
    const second = await w.run(finance);
    expect(second.invoices).toEqual([]);
  });
});
