import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { audit, created, diff } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { addDays } from '../../../platform/days.ts';
import { AppError, notFound, versionConflict } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import { notify, usersOfParty } from '../../../platform/notifications/notify.ts';
import { evmOf } from '../monitoring/evm.service.ts';
import type { ProjectRow } from '../projects.repository.ts';
import { assertOpen, projectRowOf } from '../projects.service.ts';
import type { ReportFigures } from '../projects.table.ts';
import type { reportBody, reportUpdateBody } from './status-reports.schema.ts';

/** Milestones falling due within this many days are listed in a report. */
const DUE_WITHIN_DAYS = 30;

/** Progress without a baseline: the tasks' % complete weighted by their estimates. */
async function taskProgress(db: Executor, projectId: string) {
  const tasks = await db
    .selectFrom('tasks')
    .select(['estimate_hours', 'percent_complete'])
    .where('project_id', '=', projectId)
    .execute();
  const hours = tasks.reduce((s, t) => s + t.estimate_hours, 0);
  if (hours === 0) return 0;
  const done = tasks.reduce((s, t) => s + (t.estimate_hours * t.percent_complete) / 100, 0);
  return Math.round((done / hours) * 1000) / 10;
}

/** The figures a report states as of a day: progress, indices, what is due, what is open. */
export async function reportFigures(
  db: Executor,
  project: ProjectRow,
  day: string,
): Promise<ReportFigures> {
  const [evm, milestones, issues, waiting] = await Promise.all([
    evmOf(db, project, day),
    db
      .selectFrom('milestones')
      .select(['name', 'due_date'])
      .where('project_id', '=', project.id)
      .where('status', '=', 'open')
      .where('due_date', '<=', addDays(day, DUE_WITHIN_DAYS))
      .orderBy('due_date')
      .execute(),
    db
      .selectFrom('project_issues')
      .select(['due_date'])
      .where('project_id', '=', project.id)
      .where('status', '!=', 'closed')
      .execute(),
    db
      .selectFrom('project_deliverables')
      .select('id')
      .where('project_id', '=', project.id)
      .where('status', '=', 'submitted')
      .execute(),
  ]);
  return {
    percentComplete: evm?.percentComplete ?? (await taskProgress(db, project.id)),
    spi: evm?.spi ?? null,
    cpi: evm?.cpi ?? null,
    milestonesDue: milestones.map((m) => ({ name: m.name, dueDate: m.due_date })),
    openIssues: issues.length,
    overdueIssues: issues.filter((i) => i.due_date !== null && i.due_date < day).length,
    deliverablesWaiting: waiting.length,
  };
}

function reportRows(db: Executor, workspaceId: string, projectId: string, publishedOnly = false) {
  let q = db
    .selectFrom('project_status_reports')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId);
  if (publishedOnly) q = q.where('status', '=', 'published');
  return q.orderBy('period_end', 'desc').orderBy('created_at', 'desc').execute();
}
type Row = Awaited<ReturnType<typeof reportRows>>[number];

export const reportOf = (r: Row) => ({
  id: r.id,
  periodEnd: r.period_end,
  scope: r.scope,
  schedule: r.schedule,
  cost: r.cost,
  quality: r.quality,
  summary: r.summary,
  figures: r.figures,
  status: r.status,
  publishedAt: r.published_at,
  version: r.version,
});

export async function listReports(ctx: Ctx, projectId: string) {
  const workspaceId = workspaceOf(ctx);
  await projectRowOf(ctx.db, workspaceId, projectId);
  return (await reportRows(ctx.db, workspaceId, projectId)).map(reportOf);
}

/** What the client reads: published reports, without the cost index. */
export async function publishedReports(db: Executor, workspaceId: string, projectId: string) {
  return (await reportRows(db, workspaceId, projectId, true)).map((r) => {
    const { cpi: _cpi, ...figures } = r.figures;
    const { cost: _cost, ...shown } = reportOf(r);
    return { ...shown, figures };
  });
}

/** The manager's view of a report: a rating on each of the four counts, and the commentary. */
export type ReportRating = Pick<
  z.infer<typeof reportBody>,
  'scope' | 'schedule' | 'cost' | 'quality' | 'summary'
>;

/** Writes a draft with the figures of its last day, in the caller's transaction. */
export async function insertReport(
  trx: Executor,
  ctx: Ctx,
  project: ProjectRow,
  { periodEnd, figures, ...rating }: ReportRating & { periodEnd: string; figures: ReportFigures },
) {
  const id = newId();
  const now = isoNow(ctx.clock);
  await trx
    .insertInto('project_status_reports')
    .values({
      id,
      workspace_id: project.workspace_id,
      project_id: project.id,
      period_end: periodEnd,
      ...rating,
      figures: JSON.stringify(figures),
      status: 'draft',
      created_at: now,
      updated_at: now,
      created_by: ctx.actor.userId,
    })
    .execute();
  await audit(trx, ctx, {
    action: 'status_report.create',
    entityType: 'project',
    entityId: project.id,
    changes: created({ report: id, ...rating, periodEnd }),
  });
}

/** A draft report: the manager's RAG and commentary beside figures filled in now. */
export async function addReport(ctx: Ctx, projectId: string, input: z.infer<typeof reportBody>) {
  await ctx.db.transaction().execute(async (trx) => {
    const project = await projectRowOf(trx, workspaceOf(ctx), projectId);
    assertOpen(project);
    const { periodEnd = todayOf(ctx), ...rating } = input;
    const figures = await reportFigures(trx, project, periodEnd);
    await insertReport(trx, ctx, project, { periodEnd, figures, ...rating });
  });
  return listReports(ctx, projectId);
}

/** A draft report of the project, at the version the caller saw. */
async function draftFor(trx: Executor, ctx: Ctx, projectId: string, reportId: string) {
  const workspaceId = workspaceOf(ctx);
  const project = await projectRowOf(trx, workspaceId, projectId);
  assertOpen(project);
  const report = (await reportRows(trx, workspaceId, projectId)).find((r) => r.id === reportId);
  if (!report) throw notFound('Status report');
  if (report.status === 'published') throw new AppError('unprocessable', 'Already published');
  return { project, report };
}

/** A draft's ratings and commentary change until it is published. */
export async function updateReport(
  ctx: Ctx,
  projectId: string,
  reportId: string,
  input: z.infer<typeof reportUpdateBody>,
) {
  await ctx.db.transaction().execute(async (trx) => {
    const { report } = await draftFor(trx, ctx, projectId, reportId);
    const { version, ...values } = input;
    const key = { workspaceId: report.workspace_id, id: reportId, version };
    const now = isoNow(ctx.clock);
    if (
      !(await updateVersioned(trx, 'project_status_reports', key, { ...values, updated_at: now }))
    ) {
      throw versionConflict();
    }
    await audit(trx, ctx, {
      action: 'status_report.update',
      entityType: 'project',
      entityId: projectId,
      changes: { report: { after: reportId }, ...diff(report, values) },
    });
  });
  return listReports(ctx, projectId);
}

/** Publishing puts the report in the client portal; it is not changed after. */
export async function publishReport(
  ctx: Ctx,
  projectId: string,
  reportId: string,
  version: number,
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const { project, report } = await draftFor(trx, ctx, projectId, reportId);
    // A weekly draft comes without commentary: the manager writes it before the client reads.
    if (!report.summary.trim()) {
      throw new AppError('unprocessable', 'Write the summary before publishing');
    }
    const key = { workspaceId, id: reportId, version };
    const now = isoNow(ctx.clock);
    if (
      !(await updateVersioned(trx, 'project_status_reports', key, {
        status: 'published',
        published_at: now,
        updated_at: now,
      }))
    ) {
      throw versionConflict();
    }
    await audit(trx, ctx, {
      action: 'status_report.publish',
      entityType: 'project',
      entityId: projectId,
      changes: { report: { after: reportId }, status: { before: 'draft', after: 'published' } },
    });
    await notify(
      trx,
      ctx.clock,
      await usersOfParty(trx, workspaceId, { type: 'client', id: project.client_id }),
      {
        workspaceId,
        kind: 'status_report.published',
        params: { project: project.number, day: report.period_end },
        link: `/client/projects/${projectId}`,
        uniqueKey: `status_report.published:${reportId}`,
      },
    );
  });
  return listReports(ctx, projectId);
}
