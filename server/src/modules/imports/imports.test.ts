import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { auditCount, call, type Session, signedIn, useHarness } from '../../test/harness.ts';

describe.each(dialects)('imports on %s', (dialect) => {
  const h = useHarness(dialect);
  const post = (s: Session, url: string, payload: object) =>
    call(h, { method: 'POST', url, cookie: s.cookie, payload });
  const count = async (s: Session, url: string) =>
    (await call(h, { method: 'GET', url, cookie: s.cookie })).json().items.length;

  const csv = [
    'Name,Country,Tier,Status,Tags,Payment terms days',
    '华东物流,cn,key,active,物流; BPO,45',
    'Bad Tier Ltd,DE,gold,active,,',
    'Nordic Care,SE,,,,',
  ].join('\n');

  it('previews rows with per-row errors and writes nothing until told, then all or nothing', async () => {
    const owner = await signedIn(h);
    const preview = await post(owner, '/api/v1/imports/clients/preview', {
      format: 'csv',
      content: csv,
    });
    expect(preview.json()).toMatchObject({ valid: 2, invalid: 1 });
    expect(preview.json().rows[1]).toMatchObject({
      row: 3,
      errors: { tier: [expect.any(String)] },
    });
    expect(await count(owner, '/api/v1/clients')).toBe(0);

    const before = await auditCount(h, owner.workspaceId);
    const all = await post(owner, '/api/v1/imports/clients', { format: 'csv', content: csv });
    expect(all.statusCode).toBe(400);
    expect(Object.keys(all.json().errors)).toEqual(['row 3.tier']);
    expect(await count(owner, '/api/v1/clients')).toBe(0);
    expect(await auditCount(h, owner.workspaceId)).toBe(before);

    const valid = await post(owner, '/api/v1/imports/clients', {
      format: 'csv',
      content: csv,
      mode: 'valid',
    });
    expect(valid.json()).toMatchObject({ created: 2, skipped: 1, rows: [{ row: 3 }] });
    const listed = (
      await call(h, { method: 'GET', url: '/api/v1/clients?sort=number', cookie: owner.cookie })
    ).json().items;
    expect(listed.map((c: { number: string; name: string }) => `${c.number} ${c.name}`)).toEqual([
      'CLI-0001 华东物流',
      'CLI-0002 Nordic Care',
    ]);
    expect(listed[0]).toMatchObject({
      country: 'CN',
      tier: 'key',
      tags: ['物流', 'BPO'],
      paymentTermsDays: 45,
    });
    // One entry per client created, and one for the import.
    expect(await auditCount(h, owner.workspaceId)).toBe(before + 3);
  });

  it('imports contacts onto clients by number, and suppliers from an Excel workbook', async () => {
    const owner = await signedIn(h);
    const client = (await post(owner, '/api/v1/clients', { name: 'Contact Home' })).json();
    const contacts = [
      'client,name,email,relationship',
      `${client.number},李娜,li.na@home.example,technical`,
      'CLI-9999,Nobody,,',
    ].join('\n');
    const bad = await post(owner, '/api/v1/imports/contacts', { format: 'csv', content: contacts });
    expect(bad.json().errors).toHaveProperty(['row 3.client']);
    const ok = await post(owner, '/api/v1/imports/contacts', {
      format: 'csv',
      content: contacts.split('\n').slice(0, 2).join('\n'),
    });
    expect(ok.json()).toMatchObject({ created: 1, skipped: 0 });

    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Suppliers');
    ws.addRow(['name', 'country', 'categories', 'riskTier']);
    ws.addRow(['迅捷测试', 'CN', 'Testing; QA', 'high']);
    ws.addRow(['Baltic BPO', 'LT', 'BPO', '']);
    const content = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    const imported = await post(owner, '/api/v1/imports/suppliers', { format: 'xlsx', content });
    expect(imported.json()).toMatchObject({ created: 2, skipped: 0 });
    const suppliers = (
      await call(h, { method: 'GET', url: '/api/v1/suppliers?category=QA', cookie: owner.cookie })
    ).json().items;
    expect(suppliers).toMatchObject([{ name: '迅捷测试', riskTier: 'high', status: 'prospect' }]);

    expect(
      (
        await post(owner, '/api/v1/imports/suppliers', {
          format: 'xlsx',
          content: 'bm90IGEgZmlsZQ==',
        })
      ).statusCode,
    ).toBe(400);
    // Reading stops past the row limit instead of loading the whole workbook.
    const large = new ExcelJS.Workbook();
    const sheet = large.addWorksheet('Suppliers');
    sheet.addRow(['name']);
    for (let i = 0; i < 5_001; i++) sheet.addRow([`Supplier ${i}`]);
    const tooMany = await post(owner, '/api/v1/imports/suppliers/preview', {
      format: 'xlsx',
      content: Buffer.from(await large.xlsx.writeBuffer()).toString('base64'),
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().detail + JSON.stringify(tooMany.json().errors)).toContain('5000 rows');
    expect(
      (await post(owner, '/api/v1/imports/clients', { format: 'csv', content: 'name\n' }))
        .statusCode,
    ).toBe(400);
    const member = await signedIn(h, { workspaceId: owner.workspaceId, role: 'member' });
    expect(
      (await post(member, '/api/v1/imports/clients', { format: 'csv', content: csv })).statusCode,
    ).toBe(403);
  });
});
