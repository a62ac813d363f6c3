import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { auditCount, call, type Session, signedIn, useHarness } from '../../../test/harness.ts';

describe.each(dialects)('the tax and rounding policy on %s', (dialect) => {
  const h = useHarness(dialect);
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });
  const send = (s: Session, method: 'PUT' | 'POST', url: string, payload: object) =>
    call(h, { method, url, cookie: s.cookie, payload });

  it('starts from the defaults, saves with the version read, and audits each save', async () => {
    const owner = await signedIn(h);
    const finance = await signedIn(h, { workspaceId: owner.workspaceId, role: 'finance' });
    expect((await get(finance, '/api/v1/finance/policy')).json()).toEqual({
      taxBasis: 'line',
      rounding: 'half_up',
      pricesIncludeTax: false,
      defaultTaxRate: '0.06',
      fourEyes: true,
      sellerName: null,
      sellerTaxId: null,
      sellerAddress: null,
      sellerBank: null,
      fapiaoCategory: null,
      reminderDays: [7, 30, 60],
      billTolerance: '0.02',
      perDiemRates: [],
      version: 0,
    });
    const audits = await auditCount(h, owner.workspaceId);
    const policy = {
      taxBasis: 'document',
      rounding: 'half_even',
      pricesIncludeTax: true,
      defaultTaxRate: '0.13',
      fourEyes: false,
    };
    const seller = { sellerName: '桥石科技有限公司', sellerTaxId: '91310000MA1FL0000X' };
    const saved = await send(finance, 'PUT', '/api/v1/finance/policy', {
      ...policy,
      ...seller,
      version: 0,
    });
    expect(saved.json()).toMatchObject({ ...policy, ...seller, sellerBank: null, version: 1 });
    expect(await auditCount(h, owner.workspaceId)).toBe(audits + 1);
    // A second first save, or any save from a stale read, is refused.
    const stale = await send(finance, 'PUT', '/api/v1/finance/policy', { ...policy, version: 0 });
    expect(stale.statusCode).toBe(409);
    const again = await send(finance, 'PUT', '/api/v1/finance/policy', {
      ...policy,
      rounding: 'half_up',
      version: 1,
    });
    // Seller fields left out keep what was saved.
    expect(again.json()).toMatchObject({ rounding: 'half_up', ...seller, version: 2 });
    const bad = await send(finance, 'PUT', '/api/v1/finance/policy', {
      ...policy,
      defaultTaxRate: '6%',
      version: 2,
    });
    expect(bad.statusCode).toBe(400);
    expect(await auditCount(h, owner.workspaceId)).toBe(audits + 2);

    const member = await signedIn(h, { workspaceId: owner.workspaceId, role: 'member' });
    expect((await get(member, '/api/v1/finance/policy')).statusCode).toBe(403);
    const auditor = await signedIn(h, { workspaceId: owner.workspaceId, role: 'auditor' });
    expect((await get(auditor, '/api/v1/finance/policy')).statusCode).toBe(200);
    expect(
      (await send(auditor, 'PUT', '/api/v1/finance/policy', { ...policy, version: 2 })).statusCode,
    ).toBe(403);
  });

  it('previews a document’s totals under a policy, the rounding difference on its own line', async () => {
    const owner = await signedIn(h);
    const lines = [
      { quantity: '1', unitPriceMinor: '5', taxRate: '0.05' },
      { quantity: '1', unitPriceMinor: '5', taxRate: '0.05' },
    ];
    const preview = (taxBasis: string) =>
      send(owner, 'POST', '/api/v1/finance/policy/preview', {
        policy: { taxBasis, rounding: 'half_up', pricesIncludeTax: false },
        lines,
      });
    expect((await preview('line')).json()).toMatchObject({
      taxMinor: 0,
      totalMinor: 10,
      exactTotal: '10.5',
      roundingMinor: -1,
    });
    expect((await preview('document')).json()).toMatchObject({ taxMinor: 1, roundingMinor: 0 });
    const bad = await send(owner, 'POST', '/api/v1/finance/policy/preview', {
      policy: { taxBasis: 'line', rounding: 'half_up', pricesIncludeTax: false },
      lines: [{ quantity: '1e3', unitPriceMinor: '5', taxRate: '0.05' }],
    });
    expect(bad.statusCode).toBe(400);
  });
});
