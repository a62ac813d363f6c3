import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { auditCount, useHarness } from '../../../test/harness.ts';
import { invoiceWorld, postings } from './invoices.fixture.ts';

describe.each(dialects)('editing draft invoices on %s', (dialect) => {
  const h = useHarness(dialect);

  it('renames lines and takes a discount off with its reason, never the billed figures; issued, it changes no more', async () => {
    const w = await invoiceWorld(h);
    await w.approvedWeek('2026-11-16');
    const [draft] = (await w.run(w.finance)).invoices;
    const url = `/api/v1/finance/invoices/${draft?.id}`;
    const before = (await w.get(w.finance, url)).json();
    const [line] = before.lines;

    const renamed = await w.send(w.finance, 'PATCH', url, {
      version: before.version,
      lines: [
        {
          id: line.id,
          descriptionZh: '核心系统迁移 高级开发',
          descriptionEn: 'Core migration, senior developer',
        },
      ],
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().lines[0]).toMatchObject({
      descriptionEn: 'Core migration, senior developer',
      netMinor: line.netMinor,
      entries: 5,
    });

    const tooMuch = await w.send(w.finance, 'POST', `${url}/discounts`, {
      version: renamed.json().version,
      description: '全部减免',
      amountMinor: before.netMinor + 1,
      reason: 'x',
    });
    expect(tooMuch.statusCode).toBe(422);
    const audits = await auditCount(h, w.owner.workspaceId);
    const discounted = await w.send(w.finance, 'POST', `${url}/discounts`, {
      version: renamed.json().version,
      description: '长期合作折扣 Loyalty discount',
      amountMinor: 150_000,
      reason: '框架协议第 7 条：年度折扣 5%',
    });
    expect(discounted.statusCode, discounted.body).toBe(201);
    const d = discounted.json();
    expect(d.lines[1]).toMatchObject({
      kind: 'discount',
      netMinor: -150_000,
      reason: '框架协议第 7 条：年度折扣 5%',
    });
    expect(d.lines[0].netMinor).toBe(line.netMinor);
    expect(d.netMinor).toBe(before.netMinor - 150_000);
    expect(d.totalMinor).toBe(d.netMinor + d.taxMinor);
    expect(d.taxMinor).toBeLessThan(before.taxMinor);
    expect(await auditCount(h, w.owner.workspaceId)).toBe(audits + 1);

    // Taken off again, the draft is what the run made of it.
    const removed = await w.send(w.finance, 'PATCH', url, {
      version: d.version,
      removeDiscounts: [d.lines[1].id],
    });
    expect(removed.json()).toMatchObject({
      netMinor: before.netMinor,
      taxMinor: before.taxMinor,
      totalMinor: before.totalMinor,
    });
    const stale = await w.send(w.finance, 'POST', `${url}/discounts`, {
      version: d.version,
      description: 'x',
      amountMinor: 1,
      reason: 'x',
    });
    expect(stale.statusCode).toBe(409);
    const again = (
      await w.send(w.finance, 'POST', `${url}/discounts`, {
        version: removed.json().version,
        description: '长期合作折扣 Loyalty discount',
        amountMinor: 150_000,
        reason: '年度折扣',
      })
    ).json();

    const issued = await w.issue(again);
    const journal = (await w.get(w.finance, `/api/v1/finance/journals/${issued.journalId}`)).json();
    const revenue = postings(journal).find(([code]) => code === '6001');
    expect(revenue?.[2]).toBe(Math.round((again.netMinor * 13) / 100));
    const late = await w.send(w.finance, 'PATCH', url, {
      version: issued.version,
      lines: [{ id: line.id, descriptionZh: 'x', descriptionEn: 'x' }],
    });
    expect(late.statusCode).toBe(422);
  });
});
