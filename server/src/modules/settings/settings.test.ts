import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { auditCount, call, type Session, signedIn, useHarness } from '../../test/harness.ts';

describe.each(dialects)('settings and exchange rates on %s', (dialect) => {
  const h = useHarness(dialect);
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });
  const send = (s: Session, method: 'PUT' | 'PATCH' | 'POST', url: string, payload: object) =>
    call(h, { method, url, cookie: s.cookie, payload });

  it('keeps one rate per currency and day and answers the rate in force on a day', async () => {
    const owner = await signedIn(h);
    expect((await get(owner, '/api/v1/settings')).json()).toEqual({
      baseCurrency: 'EUR',
      marginFloorPercent: 15,
      workerDocuments: ['nda', 'dpa', 'background_check'],
      spiAlertPercent: 90,
      cpiAlertPercent: 90,
      baseCurrencyLocked: false,
    });
    const put = (currency: string, day: string, rate: string) =>
      send(owner, 'PUT', '/api/v1/exchange-rates', { currency, day, rate });
    expect((await put('CNY', '2026-01-01', '0.1281')).statusCode).toBe(200);
    expect((await put('CNY', '2026-06-01', '0.1300')).statusCode).toBe(200);
    const replaced = await put('CNY', '2026-06-01', '0.1290');
    expect(replaced.json()).toMatchObject({ currency: 'CNY', day: '2026-06-01', rate: '0.1290' });
    expect((await put('EUR', '2026-06-01', '1')).statusCode).toBe(422);
    expect((await put('CNY', '2026-06-01', '-1')).statusCode).toBe(400);
    expect((await put('CNY', '2026-06-01', '0')).statusCode).toBe(400);
    expect((await put('XXY', '2026-06-01', '1.2')).statusCode).toBe(400);

    const on = async (currency: string, day: string) =>
      (await get(owner, `/api/v1/exchange-rates/on?currency=${currency}&day=${day}`)).json();
    expect(await on('CNY', '2025-12-31')).toMatchObject({ rate: null, day: null });
    expect(await on('CNY', '2026-03-15')).toMatchObject({ rate: '0.1281', day: '2026-01-01' });
    expect(await on('CNY', '2026-07-01')).toMatchObject({ rate: '0.1290', day: '2026-06-01' });
    expect(await on('EUR', '2020-01-01')).toMatchObject({ rate: '1', baseCurrency: 'EUR' });

    const list = (await get(owner, '/api/v1/exchange-rates?currency=CNY')).json();
    expect(list.items.map((r: { day: string }) => r.day)).toEqual(['2026-06-01', '2026-01-01']);
  });

  it('changes the base currency and margin floor with settings:write only', async () => {
    const owner = await signedIn(h);
    const member = await signedIn(h, { workspaceId: owner.workspaceId, role: 'member' });
    expect((await get(member, '/api/v1/settings')).statusCode).toBe(200);
    expect(
      (await send(member, 'PATCH', '/api/v1/settings', { marginFloorPercent: 5 })).statusCode,
    ).toBe(403);
    const before = await auditCount(h, owner.workspaceId);
    expect(
      (await send(owner, 'PATCH', '/api/v1/settings', { marginFloorPercent: 101 })).statusCode,
    ).toBe(400);
    expect(await auditCount(h, owner.workspaceId)).toBe(before);
    const res = await send(owner, 'PATCH', '/api/v1/settings', {
      baseCurrency: 'CNY',
      marginFloorPercent: 20,
      spiAlertPercent: 85,
    });
    expect(res.json()).toMatchObject({
      baseCurrency: 'CNY',
      marginFloorPercent: 20,
      spiAlertPercent: 85,
      cpiAlertPercent: 90,
    });
    expect(await auditCount(h, owner.workspaceId)).toBe(before + 1);
  });
});
