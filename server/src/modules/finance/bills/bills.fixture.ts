import { expect } from 'vitest';
import type { Harness, Session } from '../../../test/harness.ts';
import { row } from '../../time/time.fixture.ts';
import { invoiceWorld } from '../invoices/invoices.fixture.ts';

/** 40 hours of Carl at Baltic's 90.00 EUR an hour: what a week of his costs. */
export const CARL_WEEK_MINOR = 40 * 9_000;

/**
 * What the supplier-bill tests share: the invoice world, Carl's weeks approved by his supplier
 * and then the project manager, and bills entered and approved.
 */
export async function billWorld(h: Harness) {
  const w = await invoiceWorld(h);
  const { get, send } = w;
  /** Carl's week, approved first by Baltic's portal manager, then by the project manager. */
  const carlsWeek = async (monday: string, hours = [8, 8, 8, 8, 8, 0, 0]) => {
    await send(w.carl, 'PUT', `/api/v1/time/weeks/${monday}`, { rows: [row(w.project.id, hours)] });
    await send(w.carl, 'POST', `/api/v1/time/weeks/${monday}/submit`);
    for (const approver of [w.supplierManager, w.owner]) {
      const sheet = (await get(approver, '/api/v1/timesheets/inbox'))
        .json()
        .items.find((x: { weekStart: string }) => x.weekStart === monday);
      const decided = await send(approver, 'POST', `/api/v1/timesheets/${sheet.id}/decisions`, {
        decision: 'approved',
        version: sheet.version,
      });
      expect(decided.statusCode, decided.body).toBe(200);
    }
  };
  /** A bill body for Carl's hours over a period, with extra lines if given. */
  const billBody = (
    reference: string,
    netMinor: number,
    period: [string, string] = ['2026-11-16', '2026-11-22'],
    extra: object[] = [],
  ) => ({
    contractId: w.supplierContract.id,
    supplierReference: reference,
    billDate: '2026-11-25',
    periodFrom: period[0],
    periodTo: period[1],
    lines: [{ kind: 'time', personId: w.carlPerson.id, hours: '40', netMinor }, ...extra],
  });
  const enter = async (s: Session, body: object) => {
    const res = await send(s, 'POST', '/api/v1/finance/supplier-bills', body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  /** Entered by the owner, approved by the finance lead. */
  const approve = async (bill: { id: string; version: number }, reason?: string) => {
    const res = await send(w.finance, 'POST', `/api/v1/finance/supplier-bills/${bill.id}/approve`, {
      version: bill.version,
      ...(reason ? { reason } : {}),
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const setRelease = (release: 'client_acceptance' | 'client_payment') =>
    h.db
      .updateTable('contracts')
      .set({ payment_release: release })
      .where('id', '=', w.supplierContract.id)
      .execute();
  return { ...w, carlsWeek, billBody, enter, approve, setRelease };
}
