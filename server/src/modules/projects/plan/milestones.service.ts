import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { audit, created, diff } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { notFound, versionConflict } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import type { milestoneBody, milestoneUpdateBody } from '../projects.schema.ts';
import { assertOpen, projectRowOf } from '../projects.service.ts';

function milestoneRows(db: Executor, workspaceId: string, projectId: string) {
  return db
    .selectFrom('milestones')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .orderBy('due_date')
    .execute();
}

export async function listMilestones(ctx: Ctx, projectId: string) {
  const workspaceId = workspaceOf(ctx);
  await projectRowOf(ctx.db, workspaceId, projectId);
  return (await milestoneRows(ctx.db, workspaceId, projectId)).map((m) => ({
    id: m.id,
    name: m.name,
    dueDate: m.due_date,
    amountMinor: m.amount_minor,
    status: m.status,
    completedOn: m.completed_on,
    version: m.version,
  }));
}

async function openProject(trx: Executor, ctx: Ctx, projectId: string) {
  assertOpen(await projectRowOf(trx, workspaceOf(ctx), projectId));
}

export async function addMilestone(
  ctx: Ctx,
  projectId: string,
  input: z.infer<typeof milestoneBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await openProject(trx, ctx, projectId);
    const id = newId();
    const now = isoNow(ctx.clock);
    await trx
      .insertInto('milestones')
      .values({
        id,
        workspace_id: workspaceId,
        project_id: projectId,
        name: input.name,
        due_date: input.dueDate,
        amount_minor: input.amountMinor ?? null,
        status: input.status,
        completed_on: input.status === 'completed' ? todayOf(ctx) : null,
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'milestone.create',
      entityType: 'project',
      entityId: projectId,
      changes: created({ milestone: id, ...input }),
    });
  });
  return listMilestones(ctx, projectId);
}

/** Completing a milestone records the day; reopening clears it. */
export async function updateMilestone(
  ctx: Ctx,
  projectId: string,
  milestoneId: string,
  input: z.infer<typeof milestoneUpdateBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await openProject(trx, ctx, projectId);
    const before = (await milestoneRows(trx, workspaceId, projectId)).find(
      (m) => m.id === milestoneId,
    );
    if (!before) throw notFound('Milestone');
    const completing = input.status && input.status !== before.status;
    const values = {
      name: input.name,
      due_date: input.dueDate,
      amount_minor: input.amountMinor,
      status: input.status,
      completed_on: completing ? (input.status === 'completed' ? todayOf(ctx) : null) : undefined,
    };
    const key = { workspaceId, id: milestoneId, version: input.version };
    if (
      !(await updateVersioned(trx, 'milestones', key, { ...values, updated_at: isoNow(ctx.clock) }))
    ) {
      throw versionConflict();
    }
    await audit(trx, ctx, {
      action: 'milestone.update',
      entityType: 'project',
      entityId: projectId,
      changes: { milestone: { after: milestoneId }, ...diff(before, values) },
    });
  });
  return listMilestones(ctx, projectId);
}

export async function removeMilestone(ctx: Ctx, projectId: string, milestoneId: string) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await openProject(trx, ctx, projectId);
    const r = await trx
      .deleteFrom('milestones')
      .where('workspace_id', '=', workspaceId)
      .where('project_id', '=', projectId)
      .where('id', '=', milestoneId)
      .executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) throw notFound('Milestone');
    await audit(trx, ctx, {
      action: 'milestone.delete',
      entityType: 'project',
      entityId: projectId,
      changes: { milestone: { before: milestoneId } },
    });
  });
  return listMilestones(ctx, projectId);
}

/** Completes an open milestone because something it waited for happened (an acceptance). */
export async function completeMilestoneIn(
  trx: Executor,
  ctx: Ctx,
  projectId: string,
  milestoneId: string,
  because: string,
) {
  const workspaceId = workspaceOf(ctx);
  const done = await trx
    .updateTable('milestones')
    .set((eb) => ({
      status: 'completed',
      completed_on: todayOf(ctx),
      updated_at: isoNow(ctx.clock),
      version: eb('version', '+', 1),
    }))
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .where('id', '=', milestoneId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) === 0) return;
  await audit(trx, ctx, {
    action: 'milestone.update',
    entityType: 'project',
    entityId: projectId,
    changes: {
      milestone: { after: milestoneId },
      status: { before: 'open', after: 'completed' },
      because: { after: because },
    },
  });
}
