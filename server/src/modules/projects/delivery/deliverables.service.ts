import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { partyOf } from '../../../platform/access/party-scope.ts';
import { audit, created, diff } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import {
  AppError,
  assertVersion,
  invalidField,
  notFound,
  versionConflict,
} from '../../../platform/errors/app-error.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { newId } from '../../../platform/ids.ts';
import { notify, usersOfParty } from '../../../platform/notifications/notify.ts';
import { assertOwner } from '../../../platform/workspaces/owner.ts';
import { completeMilestoneIn } from '../plan/milestones.service.ts';
import { assertOpen, projectRowOf } from '../projects.service.ts';
import type {
  deliverableBody,
  deliverableDecisionBody,
  deliverableSubmitBody,
  deliverableUpdateBody,
} from './deliverables.schema.ts';

function deliverableQuery(db: Executor, workspaceId: string) {
  return db
    .selectFrom('project_deliverables as d')
    .innerJoin('projects as p', 'p.id', 'd.project_id')
    .leftJoin('users as o', 'o.id', 'd.owner_id')
    .leftJoin('milestones as m', 'm.id', 'd.milestone_id')
    .selectAll('d')
    .select(['o.name as owner_name', 'm.name as milestone_name', 'p.client_id', 'p.manager_id'])
    .where('d.workspace_id', '=', workspaceId);
}
type Row = Awaited<ReturnType<ReturnType<typeof deliverableQuery>['execute']>>[number];

export const deliverableOf = (d: Row) => ({
  id: d.id,
  name: d.name,
  acceptanceCriteria: d.acceptance_criteria,
  owner: d.owner_id && d.owner_name ? { id: d.owner_id, name: d.owner_name } : null,
  dueDate: d.due_date,
  milestone:
    d.milestone_id && d.milestone_name ? { id: d.milestone_id, name: d.milestone_name } : null,
  status: d.status,
  submissionNote: d.submission_note,
  submittedAt: d.submitted_at,
  decidedAt: d.decided_at,
  decisionComment: d.decision_comment,
  rejectionCount: d.rejection_count,
  version: d.version,
});

/** A project's deliverables; a client portal user's only for their own client's projects. */
export function deliverableRows(db: Executor, ctx: Ctx, projectId: string) {
  const party = partyOf(ctx);
  let q = deliverableQuery(db, workspaceOf(ctx)).where('d.project_id', '=', projectId);
  if (party) q = q.where('p.client_id', '=', party.type === 'client' ? party.id : '');
  return q.orderBy('d.due_date').orderBy('d.name').execute();
}

export async function listDeliverables(ctx: Ctx, projectId: string) {
  await projectRowOf(ctx.db, workspaceOf(ctx), projectId);
  return (await deliverableRows(ctx.db, ctx, projectId)).map(deliverableOf);
}

/** One deliverable the caller may see: a client portal user only their own client's. */
export async function deliverableRow(db: Executor, ctx: Ctx, id: string) {
  const party = partyOf(ctx);
  let q = deliverableQuery(db, workspaceOf(ctx)).where('d.id', '=', id);
  if (party) q = q.where('p.client_id', '=', party.type === 'client' ? party.id : '');
  const row = await q.executeTakeFirst();
  if (!row) throw notFound('Deliverable');
  return row;
}

async function checkMilestone(
  trx: Executor,
  projectId: string,
  milestoneId: string | null | undefined,
) {
  if (!milestoneId) return;
  const m = await trx
    .selectFrom('milestones')
    .select('id')
    .where('id', '=', milestoneId)
    .where('project_id', '=', projectId)
    .executeTakeFirst();
  if (!m) throw invalidField('milestoneId', 'Not a milestone of this project');
}

export async function addDeliverable(
  ctx: Ctx,
  projectId: string,
  input: z.infer<typeof deliverableBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await assertOwner(ctx, input.ownerId);
  await ctx.db.transaction().execute(async (trx) => {
    assertOpen(await projectRowOf(trx, workspaceId, projectId));
    await checkMilestone(trx, projectId, input.milestoneId);
    const id = newId();
    const now = isoNow(ctx.clock);
    await trx
      .insertInto('project_deliverables')
      .values({
        id,
        workspace_id: workspaceId,
        project_id: projectId,
        name: input.name,
        acceptance_criteria: input.acceptanceCriteria,
        owner_id: input.ownerId ?? null,
        due_date: input.dueDate,
        milestone_id: input.milestoneId ?? null,
        status: 'planned',
        rejection_count: 0,
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'deliverable.create',
      entityType: 'project',
      entityId: projectId,
      changes: created({ deliverable: id, ...input }),
    });
  });
  return listDeliverables(ctx, projectId);
}

async function write(
  trx: Executor,
  ctx: Ctx,
  before: Row,
  version: number,
  values: Parameters<typeof updateVersioned<'project_deliverables'>>[3],
  action: string,
) {
  const key = { workspaceId: workspaceOf(ctx), id: before.id, version };
  const now = isoNow(ctx.clock);
  if (!(await updateVersioned(trx, 'project_deliverables', key, { ...values, updated_at: now }))) {
    throw versionConflict();
  }
  await audit(trx, ctx, {
    action,
    entityType: 'project',
    entityId: before.project_id,
    changes: { deliverable: { after: before.id }, ...diff(before, values) },
  });
}

/** Planned or sent back, a deliverable can still be changed; once submitted it waits. */
export async function updateDeliverable(
  ctx: Ctx,
  projectId: string,
  id: string,
  input: z.infer<typeof deliverableUpdateBody>,
) {
  await assertOwner(ctx, input.ownerId);
  await ctx.db.transaction().execute(async (trx) => {
    assertOpen(await projectRowOf(trx, workspaceOf(ctx), projectId));
    const before = await deliverableRow(trx, ctx, id);
    if (before.project_id !== projectId) throw notFound('Deliverable');
    // A stale read is told so before anything else: what it saw may no longer hold.
    assertVersion(before, input.version);
    if (before.status === 'submitted' || before.status === 'accepted') {
      throw new AppError('unprocessable', `A ${before.status} deliverable is not changed`);
    }
    await checkMilestone(trx, projectId, input.milestoneId);
    await write(
      trx,
      ctx,
      before,
      input.version,
      {
        name: input.name,
        acceptance_criteria: input.acceptanceCriteria,
        owner_id: input.ownerId,
        due_date: input.dueDate,
        milestone_id: input.milestoneId,
      },
      'deliverable.update',
    );
  });
  return listDeliverables(ctx, projectId);
}

/** Hands a deliverable to the client for acceptance, with a note (its files are attached). */
export async function submitDeliverable(
  ctx: Ctx,
  projectId: string,
  id: string,
  input: z.infer<typeof deliverableSubmitBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const project = await projectRowOf(trx, workspaceId, projectId);
    assertOpen(project);
    const before = await deliverableRow(trx, ctx, id);
    if (before.project_id !== projectId) throw notFound('Deliverable');
    assertVersion(before, input.version);
    if (before.status !== 'planned' && before.status !== 'rejected') {
      throw new AppError('unprocessable', `A ${before.status} deliverable is not submitted again`);
    }
    await write(
      trx,
      ctx,
      before,
      input.version,
      {
        status: 'submitted',
        submission_note: input.note,
        submitted_at: isoNow(ctx.clock),
      },
      'deliverable.submit',
    );
    await notify(
      trx,
      ctx.clock,
      await usersOfParty(trx, workspaceId, { type: 'client', id: project.client_id }),
      {
        workspaceId,
        kind: 'deliverable.submitted',
        params: { project: project.number, name: before.name },
        link: `/client/projects/${projectId}`,
        uniqueKey: `deliverable.submitted:${id}:${before.version + 1}`,
      },
    );
  });
  return listDeliverables(ctx, projectId);
}

/**
 * The client's decision on a submitted deliverable. A rejection needs a comment and is counted;
 * an acceptance completes the milestone it is linked to.
 */
export async function decideDeliverable(
  ctx: Ctx,
  id: string,
  input: z.infer<typeof deliverableDecisionBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await deliverableRow(trx, ctx, id);
    assertVersion(before, input.version);
    if (before.status !== 'submitted') {
      throw new AppError('unprocessable', 'Only a submitted deliverable is accepted or rejected');
    }
    const accepted = input.decision === 'accepted';
    await write(
      trx,
      ctx,
      before,
      input.version,
      {
        status: input.decision,
        decided_at: isoNow(ctx.clock),
        decided_by: ctx.actor.userId,
        decision_comment: input.comment ?? null,
        rejection_count: before.rejection_count + (accepted ? 0 : 1),
      },
      `deliverable.${input.decision === 'accepted' ? 'accept' : 'reject'}`,
    );
    if (accepted) {
      await recordEvent(trx, ctx, 'deliverable.accepted', { projectId: before.project_id });
    }
    if (accepted && before.milestone_id) {
      await completeMilestoneIn(
        trx,
        ctx,
        before.project_id,
        before.milestone_id,
        `deliverable ${before.name} accepted`,
      );
    }
    await notify(
      trx,
      ctx.clock,
      [before.owner_id, before.manager_id].filter((u): u is string => Boolean(u)),
      {
        workspaceId,
        kind: `deliverable.${input.decision}`,
        params: { name: before.name },
        link: `/projects/${before.project_id}`,
        uniqueKey: `deliverable.${input.decision}:${id}:${before.version + 1}`,
      },
    );
  });
  return deliverableOf(await deliverableRow(ctx.db, ctx, id));
}
