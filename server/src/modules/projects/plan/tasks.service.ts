import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { audit, created, diff } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import {
  AppError,
  invalidField,
  notFound,
  versionConflict,
} from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { personName } from '../../people/index.ts';
import type { dependencyBody, taskBody, taskUpdateBody } from '../projects.schema.ts';
import { assertOpen, projectRowOf } from '../projects.service.ts';

export function taskRows(db: Executor, workspaceId: string, projectId: string) {
  return db
    .selectFrom('tasks')
    .selectAll('tasks')
    .select((eb) => personName(db, eb.ref('tasks.assignee_id')).as('assignee_name'))
    .where('tasks.workspace_id', '=', workspaceId)
    .where('tasks.project_id', '=', projectId)
    .orderBy('tasks.position')
    .execute();
}

export function dependencyRows(db: Executor, workspaceId: string, projectId: string) {
  return db
    .selectFrom('task_dependencies')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .execute();
}

/** The work breakdown, parents before children in order, each task with its predecessors. */
export async function listTasks(ctx: Ctx, projectId: string) {
  const workspaceId = workspaceOf(ctx);
  await projectRowOf(ctx.db, workspaceId, projectId);
  const [tasks, links] = await Promise.all([
    taskRows(ctx.db, workspaceId, projectId),
    dependencyRows(ctx.db, workspaceId, projectId),
  ]);
  return tasks.map((t) => ({
    id: t.id,
    parentId: t.parent_id,
    position: t.position,
    name: t.name,
    estimateHours: t.estimate_hours,
    startDate: t.start_date,
    finishDate: t.finish_date,
    status: t.status,
    percentComplete: t.percent_complete,
    assignee:
      t.assignee_id && t.assignee_name ? { id: t.assignee_id, name: t.assignee_name } : null,
    predecessors: links
      .filter((l) => l.successor_id === t.id)
      .map((l) => ({ taskId: l.predecessor_id, type: l.type, lagDays: l.lag_days })),
    version: t.version,
  }));
}

type TaskInput = Partial<z.infer<typeof taskBody>>;

/** A parent from the same project that is not the task itself or one of its own subtasks. */
async function checkParent(
  trx: Executor,
  workspaceId: string,
  projectId: string,
  parentId: string,
  self?: string,
) {
  const tasks = await taskRows(trx, workspaceId, projectId);
  const parentOf = new Map(tasks.map((t) => [t.id, t.parent_id]));
  if (!parentOf.has(parentId)) throw invalidField('parentId', 'not a task of this project');
  for (let at: string | null | undefined = parentId; at; at = parentOf.get(at)) {
    if (at === self) throw invalidField('parentId', 'a task cannot sit under itself');
  }
}

/** The assignee works on the project: someone booked on it. */
async function checkAssignee(
  trx: Executor,
  workspaceId: string,
  projectId: string,
  personId: string,
) {
  const booked = await trx
    .selectFrom('assignments')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  if (!booked) throw invalidField('assigneeId', 'not booked on this project');
}

async function checkTask(
  trx: Executor,
  workspaceId: string,
  projectId: string,
  t: TaskInput,
  self?: string,
) {
  if (t.parentId) await checkParent(trx, workspaceId, projectId, t.parentId, self);
  if (t.assigneeId) await checkAssignee(trx, workspaceId, projectId, t.assigneeId);
}

async function openProject(trx: Executor, ctx: Ctx, projectId: string) {
  const project = await projectRowOf(trx, workspaceOf(ctx), projectId);
  assertOpen(project);
  return project;
}

export async function createTask(ctx: Ctx, projectId: string, input: z.infer<typeof taskBody>) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await openProject(trx, ctx, projectId);
    await checkTask(trx, workspaceId, projectId, input);
    const last = await trx
      .selectFrom('tasks')
      .select((eb) => eb.fn.max('position').as('position'))
      .where('workspace_id', '=', workspaceId)
      .where('project_id', '=', projectId)
      .executeTakeFirst();
    const id = newId();
    const now = isoNow(ctx.clock);
    await trx
      .insertInto('tasks')
      .values({
        id,
        workspace_id: workspaceId,
        project_id: projectId,
        parent_id: input.parentId ?? null,
        position: Number(last?.position ?? 0) + 1,
        name: input.name,
        estimate_hours: input.estimateHours,
        start_date: input.startDate,
        finish_date: input.finishDate,
        status: input.status,
        percent_complete: input.percentComplete,
        assignee_id: input.assigneeId ?? null,
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'task.create',
      entityType: 'project',
      entityId: projectId,
      changes: created({ task: id, ...input }),
    });
  });
  return listTasks(ctx, projectId);
}

async function taskOf(trx: Executor, workspaceId: string, projectId: string, taskId: string) {
  const task = await trx
    .selectFrom('tasks')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .where('id', '=', taskId)
    .executeTakeFirst();
  if (!task) throw notFound('Task');
  return task;
}

export async function updateTask(
  ctx: Ctx,
  projectId: string,
  taskId: string,
  input: z.infer<typeof taskUpdateBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await openProject(trx, ctx, projectId);
    const before = await taskOf(trx, workspaceId, projectId, taskId);
    await checkTask(trx, workspaceId, projectId, input, taskId);
    if ((input.finishDate ?? before.finish_date) < (input.startDate ?? before.start_date)) {
      throw invalidField('finishDate', 'It finishes before it starts');
    }
    const values = {
      name: input.name,
      parent_id: input.parentId,
      estimate_hours: input.estimateHours,
      start_date: input.startDate,
      finish_date: input.finishDate,
      status: input.status,
      percent_complete: input.percentComplete,
      assignee_id: input.assigneeId,
    };
    const key = { workspaceId, id: taskId, version: input.version };
    if (!(await updateVersioned(trx, 'tasks', key, { ...values, updated_at: isoNow(ctx.clock) }))) {
      throw versionConflict();
    }
    await audit(trx, ctx, {
      action: 'task.update',
      entityType: 'project',
      entityId: projectId,
      changes: { task: { after: taskId }, ...diff(before, values) },
    });
  });
  return listTasks(ctx, projectId);
}

/** A task with subtasks stays until they go; its links go with it. */
export async function deleteTask(ctx: Ctx, projectId: string, taskId: string) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await openProject(trx, ctx, projectId);
    const before = await taskOf(trx, workspaceId, projectId, taskId);
    const child = await trx
      .selectFrom('tasks')
      .select('id')
      .where('parent_id', '=', taskId)
      .executeTakeFirst();
    if (child) throw new AppError('unprocessable', 'Remove or move its subtasks first');
    await trx
      .deleteFrom('task_dependencies')
      .where((eb) => eb.or([eb('predecessor_id', '=', taskId), eb('successor_id', '=', taskId)]))
      .execute();
    await trx.deleteFrom('tasks').where('id', '=', taskId).execute();
    await audit(trx, ctx, {
      action: 'task.delete',
      entityType: 'project',
      entityId: projectId,
      changes: { task: { before: before.name } },
    });
  });
  return listTasks(ctx, projectId);
}

/** Whether `to` can be reached from `from` by following links forward. */
function reaches(
  links: { predecessor_id: string; successor_id: string }[],
  from: string,
  to: string,
) {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length > 0) {
    const at = queue.pop() as string;
    if (at === to) return true;
    if (seen.has(at)) continue;
    seen.add(at);
    for (const l of links) if (l.predecessor_id === at) queue.push(l.successor_id);
  }
  return false;
}

/** Links two tasks of the project; a link that would close a loop is refused (422). */
export async function addDependency(
  ctx: Ctx,
  projectId: string,
  input: z.infer<typeof dependencyBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await openProject(trx, ctx, projectId);
    if (input.predecessorId === input.successorId) {
      throw invalidField('successorId', 'a task cannot depend on itself');
    }
    await taskOf(trx, workspaceId, projectId, input.predecessorId);
    await taskOf(trx, workspaceId, projectId, input.successorId);
    const links = await dependencyRows(trx, workspaceId, projectId);
    if (
      links.some(
        (l) => l.predecessor_id === input.predecessorId && l.successor_id === input.successorId,
      )
    ) {
      throw new AppError('conflict', 'These tasks are linked already');
    }
    if (reaches(links, input.successorId, input.predecessorId)) {
      throw new AppError('unprocessable', 'This link would make the tasks wait for each other');
    }
    await trx
      .insertInto('task_dependencies')
      .values({
        workspace_id: workspaceId,
        project_id: projectId,
        predecessor_id: input.predecessorId,
        successor_id: input.successorId,
        type: input.type,
        lag_days: input.lagDays,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'task.link',
      entityType: 'project',
      entityId: projectId,
      changes: created(input),
    });
  });
  return listTasks(ctx, projectId);
}

export async function removeDependency(
  ctx: Ctx,
  projectId: string,
  predecessorId: string,
  successorId: string,
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await openProject(trx, ctx, projectId);
    const r = await trx
      .deleteFrom('task_dependencies')
      .where('workspace_id', '=', workspaceId)
      .where('project_id', '=', projectId)
      .where('predecessor_id', '=', predecessorId)
      .where('successor_id', '=', successorId)
      .executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) throw notFound('Dependency');
    await audit(trx, ctx, {
      action: 'task.unlink',
      entityType: 'project',
      entityId: projectId,
      changes: { predecessorId: { before: predecessorId }, successorId: { before: successorId } },
    });
  });
  return listTasks(ctx, projectId);
}
