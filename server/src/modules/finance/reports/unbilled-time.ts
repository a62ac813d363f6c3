import type { Executor } from '../../../db/database.ts';
import { clientContractOf } from '../../contracts/index.ts';
import { projectHeadings, projectsWithContract } from '../../projects/index.ts';
import { approvedEntries } from '../../time/index.ts';
import { alreadyBilled } from '../invoices/invoice-lines.ts';

/** The time entries an issued invoice bills (credited ones released), as a subquery. */
const billedByIssued = (db: Executor, workspaceId: string) =>
  alreadyBilled(db, workspaceId, 'time_entry').where(
    'invoice_id',
    'in',
    db
      .selectFrom('invoices')
      .select('invoices.id')
      .where('invoices.workspace_id', '=', workspaceId)
      .where('invoices.status', '=', 'issued'),
  );

/**
 * Work done and not yet invoiced (未开票在制) on time-and-materials contracts: approved,
 * billable, priced hours up to a day, per project, in base currency at the rates fixed when
 * their weeks were approved, with the oldest day waiting. `billedBy` says what counts as
 * invoiced: any invoice, drafts too (what a run would take), or only issued ones (what the
 * ledger has recognised).
 */
export async function unbilledTime(
  db: Executor,
  workspaceId: string,
  options: { upTo?: string; billedBy: 'any' | 'issued' },
) {
  let q = approvedEntries(db, workspaceId)
    .where('te.billable', '=', true)
    .where('te.bill_minor', '>', 0)
    .where('te.project_id', 'in', projectsWithContract(db, workspaceId))
    .where(
      'te.id',
      'not in',
      options.billedBy === 'any'
        ? alreadyBilled(db, workspaceId, 'time_entry')
        : billedByIssued(db, workspaceId),
    );
  if (options.upTo) q = q.where('te.day', '<=', options.upTo);
  const rows = await q
    .select((eb) => [
      'te.project_id',
      eb.fn.sum<string>('te.minutes').as('minutes'),
      eb.fn.sum<string>('te.bill_base_minor').as('base'),
      eb.fn.min<string>('te.day').as('oldest'),
    ])
    .groupBy('te.project_id')
    .execute();
  const projects = await projectHeadings(
    db,
    workspaceId,
    rows.map((r) => r.project_id),
  );
  // Each contract's billing model once, however many of its projects wait.
  const models = new Map<string, string | undefined>();
  for (const id of new Set(projects.flatMap((p) => (p.contract_id ? [p.contract_id] : [])))) {
    models.set(id, (await clientContractOf(db, workspaceId, id))?.billingModel);
  }
  const out = [];
  for (const r of rows) {
    const p = projects.find((x) => x.id === r.project_id);
    if (!p?.contract_id || models.get(p.contract_id) !== 'time_and_materials') continue;
    out.push({
      project: { id: p.id, number: p.number, name: p.name },
      contractId: p.contract_id,
      clientId: p.client_id,
      hours: Number(r.minutes) / 60,
      amountMinor: Number(r.base),
      oldestDay: r.oldest,
    });
  }
  return out.sort((a, b) => b.amountMinor - a.amountMinor);
}
