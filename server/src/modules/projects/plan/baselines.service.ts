import type { Executor } from '../../../db/database.ts';
import { lockRow } from '../../../db/lock.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { newId } from '../../../platform/ids.ts';
import type { ProjectRow } from '../projects.repository.ts';
import { assertOpen, projectRowOf } from '../projects.service.ts';

function baselineRows(db: Executor, workspaceId: string, projectId: string) {
  return db
    .selectFrom('project_baselines')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .orderBy('seq', 'desc')
    .execute();
}

/** The baseline variance is measured against: the project's newest. */
export async function latestBaseline(db: Executor, workspaceId: string, projectId: string) {
  return (await baselineRows(db, workspaceId, projectId))[0] ?? null;
}

export async function listBaselines(ctx: Ctx, projectId: string) {
  const workspaceId = workspaceOf(ctx);
  await projectRowOf(ctx.db, workspaceId, projectId);
  return (await baselineRows(ctx.db, workspaceId, projectId)).map((b) => ({
    id: b.id,
    seq: b.seq,
    name: b.name,
    budgetMinor: b.budget_minor,
    endDate: b.end_date,
    taskCount: b.tasks.length,
    createdAt: b.created_at,
  }));
}

/**
 * Freezes the plan as it stands (every task's dates and estimate, the budget, the end) under
 * the next number, in the caller's transaction: on demand, and when a change is approved.
 */
export async function freezeBaseline(trx: Executor, ctx: Ctx, project: ProjectRow, name: string) {
  assertOpen(project);
  const workspaceId = workspaceOf(ctx);
  await lockRow(trx, 'projects', project.id);
  const [tasks, last] = await Promise.all([
    trx
      .selectFrom('tasks')
      .select(['id', 'name', 'start_date', 'finish_date', 'estimate_hours'])
      .where('workspace_id', '=', workspaceId)
      .where('project_id', '=', project.id)
      .orderBy('position')
      .execute(),
    latestBaseline(trx, workspaceId, project.id),
  ]);
  const seq = (last?.seq ?? 0) + 1;
  const endDate =
    tasks
      .map((t) => t.finish_date)
      .sort()
      .at(-1) ?? project.end_date;
  const id = newId();
  await trx
    .insertInto('project_baselines')
    .values({
      id,
      workspace_id: workspaceId,
      project_id: project.id,
      seq,
      name,
      budget_minor: project.budget_minor,
      end_date: endDate,
      tasks: JSON.stringify(
        tasks.map((t) => ({
          taskId: t.id,
          name: t.name,
          start: t.start_date,
          finish: t.finish_date,
          estimateHours: t.estimate_hours,
        })),
      ),
      created_at: isoNow(ctx.clock),
      created_by: ctx.actor.userId,
    })
    .execute();
  await audit(trx, ctx, {
    action: 'project.baseline',
    entityType: 'project',
    entityId: project.id,
    changes: { baseline: { after: seq }, name: { after: name } },
  });
  return seq;
}

export async function saveBaseline(ctx: Ctx, projectId: string, input: { name: string }) {
  await ctx.db.transaction().execute(async (trx) => {
    const project = await projectRowOf(trx, workspaceOf(ctx), projectId);
    await freezeBaseline(trx, ctx, project, input.name);
  });
  return listBaselines(ctx, projectId);
}
