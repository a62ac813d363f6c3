import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { bindParty, signedIn, uploadFile, useHarness } from '../../../test/harness.ts';
import { billWorld, CARL_WEEK_MINOR } from './bills.fixture.ts';

describe.each(dialects)('supplier portal bills on %s', (dialect) => {
  const h = useHarness(dialect);
  const portal = '/api/v1/supplier-portal/bills';

  it('lets the supplier submit its bill with the PDF and follow it, and nobody else see it', async () => {
    const w = await billWorld(h);
    await w.carlsWeek('2026-11-16');
    const submitted = await w.send(
      w.supplierManager,
      'POST',
      portal,
      w.billBody('BD-77', CARL_WEEK_MINOR),
    );
    expect(submitted.statusCode, submitted.body).toBe(201);
    const bill = submitted.json();
    expect(bill).toMatchObject({
      status: 'received',
      source: 'portal',
      supplier: { name: 'Baltic Dev' },
      lines: [{ match: 'matched', expectedMinor: CARL_WEEK_MINOR }],
    });
    expect(bill).not.toHaveProperty('journalId');

    const pdf = '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n';
    const upload = await uploadFile(h, w.supplierManager, `${portal}/${bill.id}/documents`, {
      category: 'bill',
      name: 'BD-77.pdf',
      type: 'application/pdf',
      content: pdf,
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const files = (
      await w.get(w.finance, `/api/v1/finance/supplier-bills/${bill.id}/documents`)
    ).json();
    expect(files.items).toMatchObject([{ category: 'bill' }]);

    // Finance sees where it came from; the supplier follows it in its portal.
    expect(
      (await w.get(w.finance, `/api/v1/finance/supplier-bills/${bill.id}`)).json(),
    ).toMatchObject({
      source: 'portal',
    });
    expect((await w.get(w.supplierManager, portal)).json().items).toMatchObject([{ id: bill.id }]);

    // Another supplier's portal user sees nothing of it and cannot bill this contract.
    const other = (
      await w.send(w.owner, 'POST', '/api/v1/suppliers', { name: 'Nordic QA' })
    ).json();
    const stranger = await signedIn(h, {
      workspaceId: w.owner.workspaceId,
      role: 'supplier_portal',
    });
    await bindParty(h, stranger, { type: 'supplier', id: other.id });
    expect((await w.get(stranger, portal)).json().items).toEqual([]);
    expect((await w.get(stranger, `${portal}/${bill.id}`)).statusCode).toBe(404);
    expect((await w.get(stranger, `${portal}/${bill.id}/documents`)).statusCode).toBe(404);
    const foreign = await w.send(stranger, 'POST', portal, w.billBody('NQ-1', 1_000));
    expect(foreign.statusCode).toBe(422);
    // Portal users never reach the internal routes; client portal users not the supplier's.
    expect((await w.get(w.supplierManager, '/api/v1/finance/supplier-bills')).statusCode).toBe(403);
    const client = await signedIn(h, { workspaceId: w.owner.workspaceId, role: 'client_portal' });
    await bindParty(h, client, { type: 'client', id: w.client.id });
    expect((await w.get(client, portal)).statusCode).toBe(403);
  });
});
