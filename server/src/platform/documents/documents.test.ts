import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import {
  auditCount,
  bindParty,
  call,
  type Session,
  signedIn,
  useHarness,
} from '../../test/harness.ts';

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF\n`);

function form(bytes: Uint8Array, fileName: string, fields: Record<string, string> = {}) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  data.append('file', new Blob([bytes]), fileName);
  return data;
}

describe.each(dialects)('documents on %s', (dialect) => {
  const h = useHarness(dialect);
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });
  const post = (s: Session, url: string, payload: object) =>
    call(h, { method: 'POST', url, cookie: s.cookie, payload });
  const upload = (s: Session, url: string, data: FormData) =>
    call(h, { method: 'POST', url, cookie: s.cookie, payload: data as never });

  async function contractFor(owner: Session, clientName: string) {
    const client = (await post(owner, '/api/v1/clients', { name: clientName })).json();
    const contract = await post(owner, '/api/v1/contracts', {
      partyType: 'client',
      clientId: client.id,
      type: 'msa',
      title: `MSA ${clientName}`,
      currency: 'EUR',
      valueMinor: 100_000,
      startDate: '2026-12-01',
      endDate: '2027-11-30',
      billingModel: 'time_and_materials',
    });
    return { client, contract: contract.json() };
  }

  it('keeps versions of a contract’s files and serves back exactly what was uploaded', async () => {
    const owner = await signedIn(h);
    const { contract } = await contractFor(owner, '华东银行');
    const docs = `/api/v1/contracts/${contract.id}/documents`;
    const before = await auditCount(h, owner.workspaceId);

    const first = await upload(
      owner,
      docs,
      form(pdf('v1'), '主服务协议.pdf', { category: 'signed' }),
    );
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      category: 'signed',
      name: '主服务协议.pdf',
      latestVersion: 1,
      versions: [{ version: 1, mediaType: 'application/pdf', sizeBytes: pdf('v1').length }],
    });
    const id = first.json().id;
    const second = await upload(owner, `${docs}/${id}/versions`, form(pdf('v2 longer'), 'v2.pdf'));
    expect(second.json().versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(await auditCount(h, owner.workspaceId)).toBe(before + 2);

    const download = await get(owner, `${docs}/${id}/versions/1/content`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('主服务协议.pdf')}`,
    );
    expect(new Uint8Array(download.rawPayload)).toEqual(pdf('v1'));
    expect((await get(owner, `${docs}/${id}/versions/3/content`)).statusCode).toBe(404);

    // The signed copy is evidence; a draft may go.
    const remove = (documentId: string) =>
      call(h, { method: 'DELETE', url: `${docs}/${documentId}`, cookie: owner.cookie });
    expect((await remove(id)).statusCode).toBe(409);
    const draft = await upload(owner, docs, form(pdf('draft'), 'draft.pdf', { category: 'draft' }));
    const left = await remove(draft.json().id);
    expect(left.json().map((d: { id: string }) => d.id)).toEqual([id]);
  });

  it('refuses wrong, empty, oversized and disguised files and writes nothing', async () => {
    const owner = await signedIn(h);
    const { contract } = await contractFor(owner, 'Refusals');
    const docs = `/api/v1/contracts/${contract.id}/documents`;
    const before = await auditCount(h, owner.workspaceId);
    const status = async (data: FormData) => (await upload(owner, docs, data)).statusCode;

    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, ...new Array(200).fill(0)]);
    expect(await status(form(exe, 'invoice.pdf', { category: 'other' }))).toBe(415);
    expect(await status(form(new Uint8Array([1, 0, 2]), 'notes.txt', { category: 'other' }))).toBe(
      415,
    );
    expect(await status(form(new Uint8Array(), 'empty.txt', { category: 'other' }))).toBe(400);
    expect(await status(form(pdf('x'), 'a.pdf', { category: 'secret' }))).toBe(400);
    expect(await status(form(pdf('x'), 'a.pdf'))).toBe(400);
    const big = new Uint8Array(h.config.maxUploadBytes + 1).fill(32);
    big.set(pdf('big'));
    const tooLarge = await upload(owner, docs, form(big, 'big.pdf', { category: 'other' }));
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.headers['content-type']).toContain('application/problem+json');
    expect((await post(owner, docs, { category: 'other' })).statusCode).toBe(415);

    expect((await get(owner, docs)).json().items).toEqual([]);
    expect(await auditCount(h, owner.workspaceId)).toBe(before);
    const text = await upload(
      owner,
      docs,
      form(new TextEncoder().encode('会议纪要'), 'minutes.txt', {
        category: 'correspondence',
      }),
    );
    expect(text.json().versions[0].mediaType).toBe('text/plain');
  });

  it('shows a client portal user only the signed copy of their own contract', async () => {
    const owner = await signedIn(h);
    const mine = await contractFor(owner, 'Mine');
    const theirs = await contractFor(owner, 'Theirs');
    const docs = (id: string) => `/api/v1/contracts/${id}/documents`;
    await upload(owner, docs(mine.contract.id), form(pdf('s'), 's.pdf', { category: 'signed' }));
    const internal = await upload(
      owner,
      docs(mine.contract.id),
      form(pdf('d'), 'd.pdf', { category: 'draft' }),
    );
    const portal = await signedIn(h, { workspaceId: owner.workspaceId, role: 'client_portal' });
    await bindParty(h, portal, { type: 'client', id: mine.client.id });

    const seen = (await get(portal, docs(mine.contract.id))).json().items;
    expect(seen.map((d: { category: string }) => d.category)).toEqual(['signed']);
    expect(
      (await get(portal, `${docs(mine.contract.id)}/${internal.json().id}/versions/1/content`))
        .statusCode,
    ).toBe(404);
    expect((await get(portal, docs(theirs.contract.id))).statusCode).toBe(404);
    expect(
      (await upload(portal, docs(mine.contract.id), form(pdf('p'), 'p.pdf', { category: 'other' })))
        .statusCode,
    ).toBe(403);

    const stranger = await signedIn(h);
    expect((await get(stranger, docs(mine.contract.id))).statusCode).toBe(404);
  });

  it('lets a supplier upload the certificate of its own qualification only', async () => {
    const owner = await signedIn(h);
    const supplier = (await post(owner, '/api/v1/suppliers', { name: 'Certified Ltd' })).json();
    const other = (await post(owner, '/api/v1/suppliers', { name: 'Other Ltd' })).json();
    const qualification = async (supplierId: string) =>
      (
        await post(owner, `/api/v1/suppliers/${supplierId}/qualifications`, {
          kind: 'iso27001',
          name: 'ISO/IEC 27001',
          validTo: '2027-06-30',
        })
      ).json()[0].id;
    const q = await qualification(supplier.id);
    const foreign = await qualification(other.id);
    const portal = await signedIn(h, { workspaceId: owner.workspaceId, role: 'supplier_portal' });
    await bindParty(h, portal, { type: 'supplier', id: supplier.id });

    const path = (s: string, id: string) => `/api/v1/suppliers/${s}/qualifications/${id}/documents`;
    // A 1×1 transparent PNG.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    );
    const added = await upload(
      portal,
      path(supplier.id, q),
      form(png, 'iso.png', { category: 'certificate' }),
    );
    expect(added.statusCode).toBe(201);
    expect(added.json().versions[0].mediaType).toBe('image/png');
    const cert = form(png, 'x.png', { category: 'certificate' });
    expect((await upload(portal, path(other.id, foreign), cert)).statusCode).toBe(404);
    expect((await upload(portal, path(supplier.id, foreign), cert)).statusCode).toBe(404);

    await call(h, {
      method: 'DELETE',
      url: `/api/v1/suppliers/${supplier.id}/qualifications/${q}`,
      cookie: owner.cookie,
    });
    const left = await h.db
      .selectFrom('documents')
      .select('id')
      .where('owner_id', '=', q)
      .execute();
    expect(left).toEqual([]);
  });
});
