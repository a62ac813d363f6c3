import type { Executor } from '../../../db/database.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { AppError, assertVersion, notFound } from '../../../platform/errors/app-error.ts';
import { notify } from '../../../platform/notifications/notify.ts';
import { clientContractOf, draftChangeAmendment } from '../../contracts/index.ts';
import { freezeBaseline } from '../plan/baselines.service.ts';
import type { ProjectRow } from '../projects.repository.ts';
import { assertOpen, projectRowOf, writeProject } from '../projects.service.ts';
import {
  type ChangeRow,
  type ChangeValues,
  changeOf,
  changeRow,
  writeChange,
} from './change-requests.repository.ts';

/**
 * Drafts the contract amendment an approved change calls for, when the project delivers a
 * contract, and tells the contract's owner. With `ifPossible`, an amendment still open on the
 * contract leaves the change unlinked rather than failing the approval.
 */
async function amendContract(
  trx: Executor,
  ctx: Ctx,
  project: ProjectRow,
  change: ChangeRow,
  ifPossible: boolean,
) {
  if (!project.contract_id) return null;
  const id = await draftChangeAmendment(
    trx,
    ctx,
    project.contract_id,
    {
      title: `${project.number} CR-${change.seq}: ${change.title}`,
      reason: change.reason,
      currency: project.currency,
      valueDeltaMinor: change.budget_delta_minor,
      endDate: change.end_date,
    },
    ifPossible,
  );
  const owner = (await clientContractOf(trx, project.workspace_id, project.contract_id))?.ownerId;
  if (id && owner) {
    await notify(trx, ctx.clock, [owner], {
      workspaceId: project.workspace_id,
      kind: 'change.amendment',
      params: { project: project.number, seq: change.seq, title: change.title },
      link: `/contracts/${project.contract_id}`,
      uniqueKey: `change.amendment:${change.id}`,
    });
  }
  return id;
}

/** Tells the manager and the author how a change request ended. */
async function notifyOutcome(trx: Executor, ctx: Ctx, before: ChangeRow, outcome: string) {
  await notify(
    trx,
    ctx.clock,
    [before.manager_id, before.submitted_by].filter((u): u is string => Boolean(u)),
    {
      workspaceId: before.workspace_id,
      kind: `change.${outcome}`,
      params: { project: before.project_number, seq: before.seq, title: before.title },
      link: `/projects/${before.project_id}`,
      uniqueKey: `change.${outcome}:${before.id}`,
    },
  );
}

/** Ends a change as rejected, with who said no and why, and tells its manager and author. */
export async function rejectChange(
  trx: Executor,
  ctx: Ctx,
  change: ChangeRow,
  version: number,
  decision: ChangeValues,
  action: string,
) {
  await writeChange(trx, ctx, change, version, { ...decision, status: 'rejected' }, action);
  await notifyOutcome(trx, ctx, change, 'rejected');
}

/**
 * An approved change takes effect: the project's end and budget move, a baseline named after
 * the change freezes the new plan, and the client contract gets a draft amendment for the money
 * and time it now owes.
 */
export async function applyChange(
  trx: Executor,
  ctx: Ctx,
  project: ProjectRow,
  change: ChangeRow,
  version: number,
  decision: ChangeValues,
) {
  const budget = project.budget_minor + change.budget_delta_minor;
  const endDate = change.end_date ?? project.end_date;
  // The plan may have moved since the change was written: then it cannot take effect as it is.
  if (budget < 0) throw new AppError('unprocessable', 'The budget would fall below zero');
  if (endDate < project.start_date) {
    throw new AppError('unprocessable', 'The end would come before the start');
  }
  const values = { budget_minor: budget, end_date: endDate };
  await writeProject(trx, ctx, project, project.version, values, 'project.change', {
    change: { after: change.seq },
    budget_minor: { before: project.budget_minor, after: budget },
    end_date: { before: project.end_date, after: endDate },
  });
  const baselineSeq = await freezeBaseline(
    trx,
    ctx,
    { ...project, ...values },
    `CR-${change.seq}: ${change.title}`,
  );
  const amendmentId = await amendContract(trx, ctx, project, change, true);
  await writeChange(
    trx,
    ctx,
    change,
    version,
    {
      ...decision,
      status: 'approved',
      baseline_seq: baselineSeq,
      end_date_before: project.end_date,
      budget_before_minor: project.budget_minor,
      amendment_id: amendmentId,
    },
    'change.approve',
  );
  await notifyOutcome(trx, ctx, change, 'approved');
}

/** Drafts the amendment of an approved change that could not have one when it was approved. */
export async function linkAmendment(ctx: Ctx, projectId: string, id: string, version: number) {
  await ctx.db.transaction().execute(async (trx) => {
    const project = await projectRowOf(trx, workspaceOf(ctx), projectId);
    assertOpen(project);
    const change = await changeRow(trx, ctx, id);
    if (change.project_id !== projectId) throw notFound('Change request');
    assertVersion(change, version);
    if (change.status !== 'approved' || change.amendment_id) {
      throw new AppError('unprocessable', 'Only an approved change without an amendment is linked');
    }
    const amendmentId = await amendContract(trx, ctx, project, change, false);
    if (!amendmentId)
      throw new AppError('unprocessable', 'The change leaves the contract as it is');
    await writeChange(trx, ctx, change, version, { amendment_id: amendmentId }, 'change.amend');
  });
  return changeOf(await changeRow(ctx.db, ctx, id));
}
