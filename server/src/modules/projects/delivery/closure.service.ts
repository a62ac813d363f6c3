import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { jsonArrayHas } from '../../../db/json-array.ts';
import { anyContains } from '../../../db/text-match.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { audit, created } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { AppError, versionConflict } from '../../../platform/errors/app-error.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { newId } from '../../../platform/ids.ts';
import { notify } from '../../../platform/notifications/notify.ts';
import { assertOpen, getProject, projectRowOf } from '../projects.service.ts';
import { portalProjectRow } from './client-portal.service.ts';
import type { evaluationBody, lessonBody, signOffBody } from './closure.schema.ts';

/** The project's own scores at closure: schedule, cost and quality, 1–5 each. */
export async function evaluateProject(ctx: Ctx, id: string, input: z.infer<typeof evaluationBody>) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await projectRowOf(trx, workspaceId, id);
    assertOpen(before);
    const values = {
      schedule_score: input.scheduleScore,
      cost_score: input.costScore,
      quality_score: input.qualityScore,
      evaluation_note: input.note,
    };
    const key = { workspaceId, id, version: input.version };
    if (
      !(await updateVersioned(trx, 'projects', key, { ...values, updated_at: isoNow(ctx.clock) }))
    ) {
      throw versionConflict();
    }
    await audit(trx, ctx, {
      action: 'project.evaluate',
      entityType: 'project',
      entityId: id,
      changes: created(values),
    });
  });
  return getProject(ctx, id);
}

/** The client's sign-off in the portal, with their satisfaction: once, during closure. */
export async function signOffProject(ctx: Ctx, id: string, input: z.infer<typeof signOffBody>) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await portalProjectRow(trx, ctx, id);
    const project = await projectRowOf(trx, workspaceId, id);
    if (project.phase !== 'closure')
      throw new AppError('unprocessable', 'A project is signed off at its closure');
    if (project.signed_off_at) throw new AppError('unprocessable', 'Already signed off');
    await trx
      .updateTable('projects')
      .set((eb) => ({
        signed_off_at: isoNow(ctx.clock),
        signed_off_by: ctx.actor.userId,
        sign_off_comment: input.comment,
        client_satisfaction: input.satisfaction,
        updated_at: isoNow(ctx.clock),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .execute();
    await audit(trx, ctx, {
      action: 'project.sign_off',
      entityType: 'project',
      entityId: id,
      changes: created({ satisfaction: input.satisfaction, comment: input.comment }),
    });
    await recordEvent(trx, ctx, 'project.signed_off', { projectId: id });
    if (project.manager_id) {
      await notify(trx, ctx.clock, [project.manager_id], {
        workspaceId,
        kind: 'project.signed_off',
        params: { project: project.number, satisfaction: input.satisfaction },
        link: `/projects/${id}`,
        uniqueKey: `project.signed_off:${id}`,
      });
    }
  });
  return { ok: true as const };
}

function lessonQuery(db: Executor, workspaceId: string) {
  return db
    .selectFrom('project_lessons as l')
    .innerJoin('projects as p', 'p.id', 'l.project_id')
    .select([
      'l.id',
      'l.went_well',
      'l.to_change',
      'l.tags',
      'l.created_at',
      'p.id as project_id',
      'p.number',
      'p.name',
    ])
    .where('l.workspace_id', '=', workspaceId);
}
type LessonRow = Awaited<ReturnType<ReturnType<typeof lessonQuery>['execute']>>[number];
const lessonOf = (l: LessonRow) => ({
  id: l.id,
  project: { id: l.project_id, number: l.number, name: l.name },
  wentWell: l.went_well,
  toChange: l.to_change,
  tags: l.tags,
  createdAt: l.created_at,
});

export async function listLessons(ctx: Ctx, projectId: string) {
  const workspaceId = workspaceOf(ctx);
  await projectRowOf(ctx.db, workspaceId, projectId);
  const rows = await lessonQuery(ctx.db, workspaceId)
    .where('l.project_id', '=', projectId)
    .orderBy('l.created_at')
    .execute();
  return rows.map(lessonOf);
}

export async function addLesson(ctx: Ctx, projectId: string, input: z.infer<typeof lessonBody>) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    assertOpen(await projectRowOf(trx, workspaceId, projectId));
    const id = newId();
    await trx
      .insertInto('project_lessons')
      .values({
        id,
        workspace_id: workspaceId,
        project_id: projectId,
        went_well: input.wentWell,
        to_change: input.toChange,
        tags: JSON.stringify(input.tags),
        created_at: isoNow(ctx.clock),
        created_by: ctx.actor.userId,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'project.lesson',
      entityType: 'project',
      entityId: projectId,
      changes: created({ lesson: id, ...input }),
    });
  });
  return listLessons(ctx, projectId);
}

/** Lessons of every project: by words in what went well or should change, and by tag. */
export async function searchLessons(
  ctx: Ctx,
  query: { q?: string | undefined; tag?: string | undefined },
) {
  let q = lessonQuery(ctx.db, workspaceOf(ctx));
  if (query.q) {
    const text = query.q;
    q = q.where((eb) => anyContains(eb, ['l.went_well', 'l.to_change', 'p.name'], text));
  }
  if (query.tag) {
    const tag = query.tag;
    q = q.where((eb) => jsonArrayHas(eb, 'l.tags', tag));
  }
  return (await q.orderBy('l.created_at', 'desc').limit(200).execute()).map(lessonOf);
}
