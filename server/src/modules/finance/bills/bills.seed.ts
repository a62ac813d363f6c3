import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { addDays, mondayOf } from '../../../platform/days.ts';
import { listPeople } from '../../people/index.ts';
import { findApprovedEntries } from '../../time/index.ts';
import { approveRun, createRun, payRun } from '../payment-runs/payment-runs.service.ts';
import { approveBill, createBill } from './bills.service.ts';

/**
 * The service desk subcontractor's bills for its workers' approved weeks, as its finance
 * team sent them: three weeks ago (the work the bank has accepted) approved and paid in a
 * payment run; two weeks ago approved and held until the bank accepts the first month's
 * report; last week's billed a little over the hours with a travel line, waiting for approval.
 */
export async function seedBills(refs: { finance: Ctx; admin: Ctx; today: string }) {
  const { finance, admin, today } = refs;
  const workers = (await listPeople(finance, { kind: 'supplier_worker', limit: 100 })).items.filter(
    (p) => p.supplierContractId,
  );
  const contractId = workers[0]?.supplierContractId;
  if (!contractId) return;
  const monday = mondayOf(today);
  /** A line per worker with approved hours that week, at what they cost, plus an uplift. */
  const linesFor = async (from: string, upliftPercent = 0) => {
    const lines = [];
    for (const w of workers) {
      const entries = await findApprovedEntries(finance.db, workspaceOf(finance), {
        personId: w.id,
        from,
        to: addDays(from, 6),
      });
      const minutes = entries.reduce((s, e) => s + e.minutes, 0);
      const cost = entries.reduce((s, e) => s + (e.cost?.minor ?? 0), 0);
      if (minutes === 0) continue;
      lines.push({
        kind: 'time' as const,
        personId: w.id,
        hours: String(minutes / 60),
        netMinor: Math.round((cost * (100 + upliftPercent)) / 100),
      });
    }
    return lines;
  };
  const bill = async (reference: string, weeksAgo: number, extra: object[] = [], uplift = 0) => {
    const from = addDays(monday, -7 * weeksAgo);
    return createBill(
      finance,
      {
        contractId,
        supplierReference: reference,
        billDate: today,
        periodFrom: from,
        periodTo: addDays(from, 6),
        lines: [...(await linesFor(from, uplift)), ...(extra as never[])],
      },
      'staff',
    );
  };
  const year = today.slice(0, 4);
  const paid = await bill(`ZL-${year}-0311`, 3);
  await approveBill(admin, paid.id, { version: paid.version });
  const held = await bill(`ZL-${year}-0318`, 2);
  await approveBill(admin, held.id, { version: held.version });
  await bill(
    `ZL-${year}-0325`,
    1,
    [
      {
        kind: 'other',
        description: '网点现场支持差旅费 On-site travel to branches',
        netMinor: 186_000,
      },
    ],
    4,
  );

  const run = await createRun(finance, { dueBy: addDays(today, 60) });
  const approved = await approveRun(admin, run.id, run.version);
  await payRun(finance, run.id, {
    version: approved.version,
    paidOn: today,
    bankReference: `CMB${today.replaceAll('-', '')}7712`,
  });
}
