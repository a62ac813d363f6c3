import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { bindParty, call, type Session, signedIn, useHarness } from '../../test/harness.ts';

describe.each(dialects)('list exports on %s', (dialect) => {
  const h = useHarness(dialect);
  const post = (s: Session, url: string, payload: object) =>
    call(h, { method: 'POST', url, cookie: s.cookie, payload });
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });

  it('exports the filtered client list as CSV with formulas defused, and as a workbook', async () => {
    const owner = await signedIn(h);
    await post(owner, '/api/v1/clients', {
      name: '华信银行',
      status: 'active',
      tags: ['金融', 'IT'],
    });
    await post(owner, '/api/v1/clients', { name: '=HYPERLINK("http://evil")', status: 'active' });
    await post(owner, '/api/v1/clients', { name: 'Prospect Ltd' });
    const csv = await get(owner, '/api/v1/clients/export?status=active&sort=name');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toMatch(/clients-\d{4}-\d{2}-\d{2}\.csv/);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toContain('"number","name","legalName"');
    expect(lines).toHaveLength(3);
    expect(csv.body).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv.body).toContain('"金融; IT"');
    expect(csv.body).not.toContain('Prospect Ltd');

    const xlsx = await get(owner, '/api/v1/clients/export?format=xlsx&sort=-name');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('clients');
    expect(sheet?.rowCount).toBe(4);
    expect(sheet?.getRow(2).getCell(2).value).toBe('华信银行');
    expect((await get(owner, '/api/v1/clients/export?format=pdf')).statusCode).toBe(400);
  });

  it('leaves bank details out, gives money in major units, and keeps permissions and portal scope', async () => {
    const owner = await signedIn(h);
    const supplier = (
      await post(owner, '/api/v1/suppliers', { name: 'Bank Co', bankAccount: '6222 0000 1111' })
    ).json();
    const suppliers = await get(owner, '/api/v1/suppliers/export');
    expect(suppliers.body).toContain('Bank Co');
    expect(suppliers.body).not.toContain('6222 0000 1111');
    const member = await signedIn(h, { workspaceId: owner.workspaceId, role: 'member' });
    expect((await get(member, '/api/v1/suppliers/export')).statusCode).toBe(403);

    const client = (await post(owner, '/api/v1/clients', { name: 'Money Client' })).json();
    const terms = {
      type: 'sow',
      currency: 'JPY',
      startDate: '2026-12-01',
      billingModel: 'time_and_materials',
    };
    await post(owner, '/api/v1/contracts', {
      ...terms,
      partyType: 'client',
      clientId: client.id,
      title: 'Yen deal',
      valueMinor: 1_500_000,
    });
    await post(owner, '/api/v1/contracts', {
      ...terms,
      partyType: 'supplier',
      supplierId: supplier.id,
      title: 'Supplier deal',
      valueMinor: 1,
    });
    const contracts = await get(owner, '/api/v1/contracts/export?partyType=client');
    expect(contracts.body).toContain('"Yen deal"');
    expect(contracts.body).toContain('"1500000"');
    expect(contracts.body).not.toContain('Supplier deal');

    const portal = await signedIn(h, { workspaceId: owner.workspaceId, role: 'client_portal' });
    await bindParty(h, portal, { type: 'client', id: client.id });
    const theirs = await get(portal, '/api/v1/contracts/export');
    expect(theirs.body).toContain('Yen deal');
    expect(theirs.body).not.toContain('Supplier deal');
  });
});
