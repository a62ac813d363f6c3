import ExcelJS from 'exceljs';
import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { bindParty, call, type Session, signedIn, useHarness } from '../../../test/harness.ts';
import { QUEUE_MAIL, useMailSink } from '../../../test/mail-sink.ts';
import { invoiceWorld } from '../invoices/invoices.fixture.ts';

const pdfText = async (body: Buffer | Uint8Array) =>
  (await extractText(new Uint8Array(body), { mergePages: true })).text;

describe.each(dialects)('issued invoices reaching the client on %s', (dialect) => {
  const h = useHarness(dialect, QUEUE_MAIL);
  const sink = useMailSink();
  const raw = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });

  /** An issued invoice for Anna's week, the seller and the buyer's fapiao details filled in. */
  async function issuedWorld() {
    const w = await invoiceWorld(h);
    const policy = (await w.get(w.finance, '/api/v1/finance/policy')).json();
    const saved = await w.send(w.finance, 'PUT', '/api/v1/finance/policy', {
      ...policy,
      sellerName: '桥石科技有限公司',
      sellerTaxId: '91310000MA1FL0000X',
      sellerBank: '招商银行上海分行 1219 0000 0000 001',
      fapiaoCategory: '信息技术服务',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const client = (await w.get(w.owner, `/api/v1/clients/${w.client.id}`)).json();
    const updated = await call(h, {
      method: 'PATCH',
      url: `/api/v1/clients/${w.client.id}`,
      cookie: w.owner.cookie,
      payload: {
        legalName: '华信银行股份有限公司',
        taxId: '91110000100000000A',
        billingAddress: '北京市西城区金融大街 1 号',
        billingPhone: '010-66000000',
        version: client.version,
      },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    await w.approvedWeek('2026-11-23');
    const [draft] = (await w.run(w.finance)).invoices;
    const issued = await w.issue(draft as never);
    return { ...w, issued };
  }

  it('prints the PDF with the Chinese item names, the total and its capitals, or in English', async () => {
    const w = await issuedWorld();
    const zh = await raw(w.finance, `/api/v1/finance/invoices/${w.issued.id}/pdf`);
    expect(zh.statusCode, zh.body).toBe(200);
    expect(zh.headers['content-type']).toBe('application/pdf');
    expect(zh.headers['content-disposition']).toContain('INV-2026-00001.pdf');
    const text = await pdfText(zh.rawPayload);
    // Five days at ¥6,000.00 plus 6% VAT: ¥31,800.00.
    for (const expected of [
      '发票',
      'INV-2026-00001',
      '*信息技术服务*Java developer',
      '桥石科技有限公司',
      '华信银行股份有限公司',
      '91110000100000000A',
      '31,800.00',
      '叁万壹仟捌佰元整',
    ]) {
      expect(text).toContain(expected);
    }
    const en = await raw(w.finance, `/api/v1/finance/invoices/${w.issued.id}/pdf?language=en-US`);
    const english = await pdfText(en.rawPayload);
    expect(english).toContain('Invoice');
    expect(english.replace(/\s+/g, ' ')).toContain(
      'SAY CNY THIRTY-ONE THOUSAND EIGHT HUNDRED ONLY',
    );
    // A draft has no number yet and no PDF.
    await w.approvedWeek('2026-11-30');
    const [draft] = (await w.run(w.finance)).invoices;
    expect((await raw(w.finance, `/api/v1/finance/invoices/${draft?.id}/pdf`)).statusCode).toBe(
      409,
    );
  });

  it('mails the PDF to each billing contact in their language, once the change commits', async () => {
    const w = await issuedWorld();
    const mail = (version: number) =>
      w.send(w.finance, 'POST', `/api/v1/finance/invoices/${w.issued.id}/send`, { version });
    const nobody = await mail(w.issued.version);
    expect(nobody.statusCode).toBe(422);
    for (const [name, email, language] of [
      ['王芳', 'wangfang@huaxin.example', 'zh-CN'],
      ['Emma Hart', 'emma@huaxin.example', 'en-US'],
    ]) {
      const added = await w.send(w.owner, 'POST', `/api/v1/clients/${w.client.id}/contacts`, {
        name,
        email,
        language,
        relationship: 'billing',
      });
      expect(added.statusCode, added.body).toBe(201);
    }
    const sent = await mail(w.issued.version);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().sentAt).not.toBeNull();
    expect((await mail(w.issued.version)).statusCode).toBe(409);
    expect(await sink.deliver(h)).toBe(2);
    const zh = sink.received.find((m) => m.to.includes('wangfang@huaxin.example'));
    const en = sink.received.find((m) => m.to.includes('emma@huaxin.example'));
    expect(zh?.subject).toContain('发票 INV-2026-00001');
    expect(en?.text).toContain('Please pay by');
    expect(zh?.attachments.map((a) => [a.fileName, a.contentType])).toEqual([
      ['INV-2026-00001.pdf', 'application/pdf'],
    ]);
    expect(await pdfText(zh?.attachments[0]?.content as Buffer)).toContain('叁万壹仟捌佰元整');
    expect(await pdfText(en?.attachments[0]?.content as Buffer)).toContain('Bill to');
  });

  it('gives the fapiao fields, records fapiao numbers once and exports the lines for the tax platform', async () => {
    const w = await issuedWorld();
    const data = (await w.get(w.finance, `/api/v1/finance/invoices/${w.issued.id}/fapiao`)).json();
    expect(data).toMatchObject({
      number: 'INV-2026-00001',
      buyer: { taxId: '91110000100000000A', phone: '010-66000000' },
      seller: { taxId: '91310000MA1FL0000X' },
      lines: [
        {
          itemName: '*信息技术服务*Java developer',
          unit: '小时',
          quantity: '40',
          unitPrice: '750.00',
          netMinor: 3_000_000,
          taxRate: '0.06',
          taxMinor: 180_000,
        },
      ],
      capitals: '叁万壹仟捌佰元整',
      fapiao: [],
    });
    const record = (body: object) => w.send(w.finance, 'POST', '/api/v1/finance/fapiao', body);
    const digital = {
      number: '26312000000012345678',
      issuedOn: '2026-11-28',
      totalMinor: 3_180_000,
      taxMinor: 180_000,
      invoiceIds: [w.issued.id],
    };
    expect((await record({ ...digital, code: '031001900111' })).statusCode).toBe(400);
    expect((await record({ ...digital, totalMinor: 3_180_001 })).statusCode).toBe(422);
    await w.approvedWeek('2026-11-30');
    const [draft] = (await w.run(w.finance)).invoices;
    expect((await record({ ...digital, invoiceIds: [draft?.id] })).statusCode).toBe(422);
    const recorded = await record(digital);
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(recorded.json()).toMatchObject({
      code: null,
      invoices: [{ id: w.issued.id, number: 'INV-2026-00001' }],
    });
    expect((await record(digital)).statusCode).toBe(409);
    const after = (await w.get(w.finance, `/api/v1/finance/invoices/${w.issued.id}/fapiao`)).json();
    expect(after.fapiao.map((f: { number: string }) => f.number)).toEqual([digital.number]);

    const exported = await raw(w.finance, '/api/v1/finance/fapiao/export?issuedFrom=2026-11-01');
    expect(exported.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.rawPayload as never);
    const rows = book.worksheets[0]?.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0]).toContain('项目名称');
    expect(rows[1]).toContain('*信息技术服务*Java developer');
    expect(rows[1]).toContain('31800.00');
    const none = await raw(
      w.finance,
      '/api/v1/finance/fapiao/export?format=csv&issuedTo=2026-01-01',
    );
    expect(none.body.trim().split('\n')).toHaveLength(1);
  });

  it('shows the client portal its own issued documents and PDFs, nothing else', async () => {
    const w = await issuedWorld();
    await w.approvedWeek('2026-11-30');
    const [draft] = (await w.run(w.finance)).invoices;
    const portal = await signedIn(h, { workspaceId: w.owner.workspaceId, role: 'client_portal' });
    await bindParty(h, portal, { type: 'client', id: w.client.id });
    const listed = (await raw(portal, '/api/v1/client-portal/invoices')).json();
    expect(listed.items).toEqual([
      expect.objectContaining({ number: 'INV-2026-00001', totalMinor: 3_180_000 }),
    ]);
    expect(JSON.stringify(listed)).not.toMatch(/cost|margin|fxRate|journal/i);
    const pdf = await raw(portal, `/api/v1/client-portal/invoices/${w.issued.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(await pdfText(pdf.rawPayload)).toContain('INV-2026-00001');
    expect((await raw(portal, `/api/v1/client-portal/invoices/${draft?.id}/pdf`)).statusCode).toBe(
      404,
    );
    // The internal routes stay closed to the portal, whatever its permissions.
    expect((await raw(portal, `/api/v1/finance/invoices/${w.issued.id}/pdf`)).statusCode).toBe(403);

    const other = (await w.send(w.owner, 'POST', '/api/v1/clients', { name: '远洋物流' })).json();
    const stranger = await signedIn(h, { workspaceId: w.owner.workspaceId, role: 'client_portal' });
    await bindParty(h, stranger, { type: 'client', id: other.id });
    expect((await raw(stranger, '/api/v1/client-portal/invoices')).json().items).toEqual([]);
    expect(
      (await raw(stranger, `/api/v1/client-portal/invoices/${w.issued.id}/pdf`)).statusCode,
    ).toBe(404);
    const supplierPortal = await signedIn(h, {
      workspaceId: w.owner.workspaceId,
      role: 'supplier_portal',
    });
    await bindParty(h, supplierPortal, { type: 'supplier', id: w.supplier.id });
    expect((await raw(supplierPortal, '/api/v1/client-portal/invoices')).statusCode).toBe(403);
    const outsider = await signedIn(h, { role: 'owner' });
    expect((await raw(outsider, `/api/v1/finance/invoices/${w.issued.id}/pdf`)).statusCode).toBe(
      404,
    );
  });
});
