import { expect } from 'vitest';
import { call, type Harness, type Session, signedIn } from '../../../test/harness.ts';
import { row, timeWorld } from '../../time/time.fixture.ts';

export type Invoice = { id: string; version: number; status: string; number: string | null };

type Line = { account: { code: string }; debitMinor: number; creditMinor: number };

/** A journal's lines as [account code, debit, credit], to compare with what it should post. */
export const postings = (journal: { lines: Line[] }) =>
  journal.lines.map((l) => [l.account.code, l.debitMinor, l.creditMinor]);

/**
 * What the finance tests share: the time world, a finance lead beside its owner, the
 * contract's rate locked as signing does, approved weeks on demand, runs, and an invoice
 * taken from draft to issued.
 */
export async function invoiceWorld(h: Harness) {
  const get = (s: Session, url: string) => call(h, { method: 'GET', url, cookie: s.cookie });
  const send = (s: Session, method: 'POST' | 'PUT' | 'PATCH', url: string, payload: object = {}) =>
    call(h, { method, url, cookie: s.cookie, payload });
  const w = await timeWorld(h);
  const finance = await signedIn(h, { workspaceId: w.owner.workspaceId, role: 'finance' });
  await h.db
    .updateTable('contracts')
    .set({ fx_rate: '0.13' })
    .where('id', '=', w.contract.id)
    .execute();
  /** Anna's week of eight-hour days, submitted and approved by the project manager. */
  const approvedWeek = async (monday: string, hours = [8, 8, 8, 8, 8, 0, 0]) => {
    await send(w.anna, 'PUT', `/api/v1/time/weeks/${monday}`, {
      rows: [row(w.project.id, hours)],
    });
    await send(w.anna, 'POST', `/api/v1/time/weeks/${monday}/submit`);
    const sheet = (await get(w.owner, '/api/v1/timesheets/inbox'))
      .json()
      .items.find((x: { weekStart: string }) => x.weekStart === monday);
    const decided = await send(w.owner, 'POST', `/api/v1/timesheets/${sheet.id}/decisions`, {
      decision: 'approved',
      version: sheet.version,
    });
    expect(decided.statusCode).toBe(200);
  };
  const run = async (s: Session, upTo = '2027-06-30') => {
    const res = await send(s, 'POST', '/api/v1/finance/invoice-runs', { upTo });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { runNumber: string; invoices: Invoice[] };
  };
  /** A draft approved by the owner and issued by the finance lead, today unless told. */
  const issue = async (draft: Invoice, issueDate?: string) => {
    const approved = await send(w.owner, 'POST', `/api/v1/finance/invoices/${draft.id}/approve`, {
      version: draft.version,
    });
    const issued = await send(finance, 'POST', `/api/v1/finance/invoices/${draft.id}/issue`, {
      version: approved.json().version,
      ...(issueDate ? { issueDate } : {}),
    });
    expect(issued.statusCode, issued.body).toBe(200);
    return issued.json();
  };
  /**
   * An 80-hour task on the project, baselined, over the days given: the budget earned value
   * measures against. Returns how to set its progress.
   */
  const baselinedTask = async (startDate: string, finishDate: string) => {
    const url = `/api/v1/projects/${w.project.id}`;
    const [task] = (
      await send(w.owner, 'POST', `${url}/tasks`, {
        name: 'Migration',
        estimateHours: 80,
        startDate,
        finishDate,
      })
    ).json();
    await send(w.owner, 'POST', `${url}/baselines`, { name: 'Signed plan' });
    let version = 1;
    return async (percentComplete: number) => {
      const res = await send(w.owner, 'PATCH', `${url}/tasks/${task.id}`, {
        percentComplete,
        version,
      });
      expect(res.statusCode, res.body).toBe(200);
      version += 1;
    };
  };
  return { ...w, finance, approvedWeek, run, issue, baselinedTask, get, send };
}
