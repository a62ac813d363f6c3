import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { lockRow } from '../../../db/lock.ts';
import { audit, created } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, userOf, workspaceOf } from '../../../platform/context.ts';
import {
  AppError,
  assertVersion,
  invalidField,
  notFound,
} from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { notify, usersOfParty, usersWith } from '../../../platform/notifications/notify.ts';
import type { ProjectRow } from '../projects.repository.ts';
import { assertOpen, projectRowOf } from '../projects.service.ts';
import { applyChange, rejectChange } from './change-approval.ts';
import {
  changeOf,
  changeRow,
  changeRows,
  portalChangeOf,
  writeChange,
} from './change-requests.repository.ts';
import type {
  changeRequestBody,
  changeRequestDecisionBody,
  changeRequestUpdateBody,
} from './change-requests.schema.ts';

export async function listChangeRequests(ctx: Ctx, projectId: string) {
  await projectRowOf(ctx.db, workspaceOf(ctx), projectId);
  return (await changeRows(ctx.db, ctx, projectId)).map(changeOf);
}

/** The changes put to the client of a project, as the portal shows them. */
export async function portalChangeRequests(db: Executor, ctx: Ctx, projectId: string) {
  return (await changeRows(db, ctx, projectId)).map(portalChangeOf);
}

/** The proposal must leave a plan that holds: an end after the start, a budget of zero or more. */
function checkImpact(project: ProjectRow, endDate: string | null, budgetDeltaMinor: number) {
  if (endDate && endDate < project.start_date) {
    throw invalidField('endDate', 'The end comes before the project starts');
  }
  if (project.budget_minor + budgetDeltaMinor < 0) {
    throw invalidField('budgetDeltaMinor', 'The budget would fall below zero');
  }
}

export async function addChangeRequest(
  ctx: Ctx,
  projectId: string,
  input: z.infer<typeof changeRequestBody>,
) {
  await ctx.db.transaction().execute(async (trx) => {
    const project = await projectRowOf(trx, workspaceOf(ctx), projectId);
    assertOpen(project);
    checkImpact(project, input.endDate, input.budgetDeltaMinor);
    await lockRow(trx, 'projects', projectId);
    const last = await trx
      .selectFrom('change_requests')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('project_id', '=', projectId)
      .executeTakeFirst();
    const seq = Number(last?.seq ?? 0) + 1;
    const now = isoNow(ctx.clock);
    const id = newId();
    await trx
      .insertInto('change_requests')
      .values({
        id,
        workspace_id: project.workspace_id,
        project_id: projectId,
        seq,
        title: input.title,
        description: input.description,
        reason: input.reason,
        end_date: input.endDate,
        budget_delta_minor: input.budgetDeltaMinor,
        status: 'draft',
        submitted_by: null,
        submitted_at: null,
        reviewed_by: null,
        reviewed_at: null,
        review_comment: null,
        client_decided_by: null,
        client_decided_at: null,
        client_comment: null,
        baseline_seq: null,
        end_date_before: null,
        budget_before_minor: null,
        amendment_id: null,
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'change.create',
      entityType: 'project',
      entityId: projectId,
      changes: created({ change: seq, ...input }),
    });
  });
  return listChangeRequests(ctx, projectId);
}

/** A change request of the project, for a step that needs it in one status. */
async function changeFor(
  trx: Executor,
  ctx: Ctx,
  target: { projectId: string; id: string; version: number },
  status: string,
) {
  const { projectId, id, version } = target;
  const project = await projectRowOf(trx, workspaceOf(ctx), projectId);
  assertOpen(project);
  const before = await changeRow(trx, ctx, id);
  if (before.project_id !== projectId) throw notFound('Change request');
  assertVersion(before, version);
  if (before.status !== status) {
    throw new AppError('unprocessable', `The change request is ${before.status}, not ${status}`);
  }
  return { project, before };
}

export async function updateChangeRequest(
  ctx: Ctx,
  projectId: string,
  id: string,
  input: z.infer<typeof changeRequestUpdateBody>,
) {
  await ctx.db.transaction().execute(async (trx) => {
    const target = { projectId, id, version: input.version };
    const { project, before } = await changeFor(trx, ctx, target, 'draft');
    checkImpact(
      project,
      input.endDate === undefined ? before.end_date : input.endDate,
      input.budgetDeltaMinor ?? before.budget_delta_minor,
    );
    const values = {
      title: input.title,
      description: input.description,
      reason: input.reason,
      end_date: input.endDate,
      budget_delta_minor: input.budgetDeltaMinor,
    };
    await writeChange(trx, ctx, before, input.version, values, 'change.update');
  });
  return listChangeRequests(ctx, projectId);
}

/** Puts a draft to our reviewers: everyone who approves contracts, except its author. */
export async function submitChangeRequest(
  ctx: Ctx,
  projectId: string,
  id: string,
  version: number,
) {
  await ctx.db.transaction().execute(async (trx) => {
    const { project, before } = await changeFor(trx, ctx, { projectId, id, version }, 'draft');
    const values = {
      status: 'submitted' as const,
      submitted_by: userOf(ctx),
      submitted_at: isoNow(ctx.clock),
    };
    await writeChange(trx, ctx, before, version, values, 'change.submit');
    const reviewers = await usersWith(trx, project.workspace_id, 'contracts:approve');
    await notify(
      trx,
      ctx.clock,
      reviewers.filter((u) => u !== ctx.actor.userId),
      {
        workspaceId: project.workspace_id,
        kind: 'change.review',
        params: { project: project.number, seq: before.seq, title: before.title },
        link: `/projects/${projectId}`,
        uniqueKey: `change.review:${id}:${version + 1}`,
      },
    );
  });
  return listChangeRequests(ctx, projectId);
}

/**
 * Our review of a submitted change. Its author never approves it. Approved, a client project's
 * change goes to the client's portal; an internal project's takes effect at once.
 */
export async function reviewChangeRequest(
  ctx: Ctx,
  projectId: string,
  id: string,
  input: z.infer<typeof changeRequestDecisionBody>,
) {
  await ctx.db.transaction().execute(async (trx) => {
    const target = { projectId, id, version: input.version };
    const { project, before } = await changeFor(trx, ctx, target, 'submitted');
    if (before.submitted_by === userOf(ctx)) {
      throw new AppError('unprocessable', 'You submitted this change; another person reviews it');
    }
    const review = {
      reviewed_by: userOf(ctx),
      reviewed_at: isoNow(ctx.clock),
      review_comment: input.comment ?? null,
    };
    if (input.decision === 'rejected') {
      await rejectChange(trx, ctx, before, input.version, review, 'change.reject');
    } else if (project.client_id) {
      await writeChange(
        trx,
        ctx,
        before,
        input.version,
        { ...review, status: 'client_review' },
        'change.review',
      );
      await notify(
        trx,
        ctx.clock,
        await usersOfParty(trx, project.workspace_id, { type: 'client', id: project.client_id }),
        {
          workspaceId: project.workspace_id,
          kind: 'change.client_review',
          params: { project: project.number, seq: before.seq, title: before.title },
          link: `/client/projects/${projectId}`,
          uniqueKey: `change.client_review:${id}`,
        },
      );
    } else {
      await applyChange(trx, ctx, project, before, input.version, review);
    }
  });
  return listChangeRequests(ctx, projectId);
}

/** The client's decision in the portal; a rejection says why. Approval takes effect at once. */
export async function decideChangeRequest(
  ctx: Ctx,
  id: string,
  input: z.infer<typeof changeRequestDecisionBody>,
) {
  await ctx.db.transaction().execute(async (trx) => {
    const { project_id } = await changeRow(trx, ctx, id);
    const target = { projectId: project_id, id, version: input.version };
    const { project, before } = await changeFor(trx, ctx, target, 'client_review');
    const decision = {
      client_decided_by: userOf(ctx),
      client_decided_at: isoNow(ctx.clock),
      client_comment: input.comment ?? null,
    };
    if (input.decision === 'rejected') {
      await rejectChange(trx, ctx, before, input.version, decision, 'change.client_reject');
    } else {
      await applyChange(trx, ctx, project, before, input.version, decision);
    }
  });
  return portalChangeOf(await changeRow(ctx.db, ctx, id));
}
