import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { audit, created, diff } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { invalidField, notFound, versionConflict } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { assertOwner } from '../../../platform/workspaces/owner.ts';
import type { decisionBody, issueBody, issueUpdateBody } from '../projects.schema.ts';
import { assertOpen, projectRowOf } from '../projects.service.ts';

function issueRows(db: Executor, workspaceId: string, projectId: string) {
  return db
    .selectFrom('project_issues')
    .leftJoin('users as owner', 'owner.id', 'project_issues.owner_id')
    .selectAll('project_issues')
    .select('owner.name as owner_name')
    .where('project_issues.workspace_id', '=', workspaceId)
    .where('project_issues.project_id', '=', projectId)
    .orderBy('project_issues.created_at', 'desc')
    .execute();
}

/** The issue log, newest first; an open issue past its due day is overdue. */
export async function listIssues(ctx: Ctx, projectId: string) {
  const workspaceId = workspaceOf(ctx);
  await projectRowOf(ctx.db, workspaceId, projectId);
  const today = todayOf(ctx);
  return (await issueRows(ctx.db, workspaceId, projectId)).map((i) => ({
    id: i.id,
    title: i.title,
    severity: i.severity,
    owner: i.owner_id && i.owner_name ? { id: i.owner_id, name: i.owner_name } : null,
    dueDate: i.due_date,
    status: i.status,
    resolution: i.resolution,
    overdue: i.status !== 'closed' && i.due_date !== null && i.due_date < today,
    createdAt: i.created_at,
    version: i.version,
  }));
}

async function openProject(trx: Executor, ctx: Ctx, projectId: string) {
  assertOpen(await projectRowOf(trx, workspaceOf(ctx), projectId));
}

export async function addIssue(ctx: Ctx, projectId: string, input: z.infer<typeof issueBody>) {
  const workspaceId = workspaceOf(ctx);
  await assertOwner(ctx, input.ownerId);
  await ctx.db.transaction().execute(async (trx) => {
    await openProject(trx, ctx, projectId);
    const id = newId();
    const now = isoNow(ctx.clock);
    await trx
      .insertInto('project_issues')
      .values({
        id,
        workspace_id: workspaceId,
        project_id: projectId,
        title: input.title,
        severity: input.severity,
        owner_id: input.ownerId ?? null,
        due_date: input.dueDate ?? null,
        status: input.status,
        resolution: input.resolution ?? null,
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'project.issue_add',
      entityType: 'project',
      entityId: projectId,
      changes: created({ issueId: id, ...input }),
    });
  });
  return listIssues(ctx, projectId);
}

/** Closing an issue says what was done about it. */
export async function updateIssue(
  ctx: Ctx,
  projectId: string,
  issueId: string,
  input: z.infer<typeof issueUpdateBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await assertOwner(ctx, input.ownerId);
  await ctx.db.transaction().execute(async (trx) => {
    await openProject(trx, ctx, projectId);
    const before = (await issueRows(trx, workspaceId, projectId)).find((i) => i.id === issueId);
    if (!before) throw notFound('Issue');
    const resolution = input.resolution === undefined ? before.resolution : input.resolution;
    if ((input.status ?? before.status) === 'closed' && !resolution) {
      throw invalidField('resolution', 'say what was done to close it');
    }
    const values = {
      title: input.title,
      severity: input.severity,
      owner_id: input.ownerId,
      due_date: input.dueDate,
      status: input.status,
      resolution: input.resolution,
    };
    const key = { workspaceId, id: issueId, version: input.version };
    if (
      !(await updateVersioned(trx, 'project_issues', key, {
        ...values,
        updated_at: isoNow(ctx.clock),
      }))
    ) {
      throw versionConflict();
    }
    await audit(trx, ctx, {
      action: 'project.issue_update',
      entityType: 'project',
      entityId: projectId,
      changes: { issue: { after: issueId }, ...diff(before, values) },
    });
  });
  return listIssues(ctx, projectId);
}

export async function listDecisions(ctx: Ctx, projectId: string) {
  const workspaceId = workspaceOf(ctx);
  await projectRowOf(ctx.db, workspaceId, projectId);
  const rows = await ctx.db
    .selectFrom('project_decisions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .orderBy('decided_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((d) => ({
    id: d.id,
    title: d.title,
    decision: d.decision,
    decidedOn: d.decided_on,
    decidedBy: d.decided_by,
    createdAt: d.created_at,
  }));
}

/** Decisions are recorded, not edited: a changed mind is a new decision. */
export async function addDecision(
  ctx: Ctx,
  projectId: string,
  input: z.infer<typeof decisionBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await openProject(trx, ctx, projectId);
    const id = newId();
    await trx
      .insertInto('project_decisions')
      .values({
        id,
        workspace_id: workspaceId,
        project_id: projectId,
        title: input.title,
        decision: input.decision,
        decided_on: input.decidedOn,
        decided_by: input.decidedBy,
        created_at: isoNow(ctx.clock),
        created_by: ctx.actor.userId,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'project.decision_add',
      entityType: 'project',
      entityId: projectId,
      changes: created({ decisionId: id, ...input }),
    });
  });
  return listDecisions(ctx, projectId);
}
