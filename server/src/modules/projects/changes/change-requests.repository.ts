import type { Executor } from '../../../db/database.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { partyOf } from '../../../platform/access/party-scope.ts';
import { audit, diff } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { notFound, versionConflict } from '../../../platform/errors/app-error.ts';

/** Change requests with their project's terms and the names around them. */
function changeQuery(db: Executor, ctx: Ctx) {
  const party = partyOf(ctx);
  let q = db
    .selectFrom('change_requests as c')
    .innerJoin('projects as p', 'p.id', 'c.project_id')
    .leftJoin('users as s', 's.id', 'c.submitted_by')
    .leftJoin('users as r', 'r.id', 'c.reviewed_by')
    .leftJoin('contract_amendments as a', 'a.id', 'c.amendment_id')
    .selectAll('c')
    .select([
      'p.currency',
      'p.client_id',
      'p.contract_id',
      'p.manager_id',
      'p.number as project_number',
      's.name as submitted_by_name',
      'r.name as reviewed_by_name',
      'a.seq as amendment_seq',
    ])
    .where('c.workspace_id', '=', workspaceOf(ctx));
  // A client portal user sees only what was put to their own client.
  if (party) {
    q = q
      .where('p.client_id', '=', party.type === 'client' ? party.id : '')
      .where((eb) =>
        eb.or([eb('c.status', '=', 'client_review'), eb('c.client_decided_at', 'is not', null)]),
      );
  }
  return q;
}
export type ChangeRow = Awaited<ReturnType<ReturnType<typeof changeQuery>['execute']>>[number];

export function changeRows(db: Executor, ctx: Ctx, projectId: string) {
  return changeQuery(db, ctx)
    .where('c.project_id', '=', projectId)
    .orderBy('c.seq', 'desc')
    .execute();
}

export async function changeRow(db: Executor, ctx: Ctx, id: string) {
  const row = await changeQuery(db, ctx).where('c.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Change request');
  return row;
}

const named = (id: string | null, name: string | null) => (id && name ? { id, name } : null);

export const portalChangeOf = (c: ChangeRow) => ({
  id: c.id,
  seq: c.seq,
  title: c.title,
  description: c.description,
  reason: c.reason,
  endDate: c.end_date,
  budgetDeltaMinor: c.budget_delta_minor,
  currency: c.currency,
  status: c.status,
  clientDecidedAt: c.client_decided_at,
  clientComment: c.client_comment,
  version: c.version,
});

export const changeOf = (c: ChangeRow) => ({
  ...portalChangeOf(c),
  submittedBy: named(c.submitted_by, c.submitted_by_name),
  submittedAt: c.submitted_at,
  reviewedBy: named(c.reviewed_by, c.reviewed_by_name),
  reviewedAt: c.reviewed_at,
  reviewComment: c.review_comment,
  baselineSeq: c.baseline_seq,
  endDateBefore: c.end_date_before,
  budgetBeforeMinor: c.budget_before_minor,
  amendment:
    c.amendment_id && c.contract_id && c.amendment_seq !== null
      ? { id: c.amendment_id, seq: c.amendment_seq, contractId: c.contract_id }
      : null,
});

export type ChangeValues = Parameters<typeof updateVersioned<'change_requests'>>[3];

/** Writes a change request at the version the caller saw, audited on its project. */
export async function writeChange(
  trx: Executor,
  ctx: Ctx,
  before: ChangeRow,
  version: number,
  values: ChangeValues,
  action: string,
) {
  const key = { workspaceId: workspaceOf(ctx), id: before.id, version };
  if (
    !(await updateVersioned(trx, 'change_requests', key, {
      ...values,
      updated_at: isoNow(ctx.clock),
    }))
  ) {
    throw versionConflict();
  }
  await audit(trx, ctx, {
    action,
    entityType: 'project',
    entityId: before.project_id,
    changes: { change: { after: before.seq }, ...diff(before, values) },
  });
}
