import type { Executor } from '../../../db/database.ts';
import { type Deps, systemCtx } from '../../../platform/context.ts';
import { addDays, mondayOf } from '../../../platform/days.ts';
import { type DayScope, everywhereToday } from '../../../platform/jobs/schedule.ts';
import { notify } from '../../../platform/notifications/notify.ts';
import { getSettingsRow } from '../../settings/index.ts';
import { getProjectRow, type ProjectRow } from '../projects.repository.ts';
import type { Health, ReportFigures } from '../projects.table.ts';
import { insertReport, reportFigures } from './status-reports.service.ts';

/** Red below the workspace's alert threshold, amber below plan, green on or ahead of it. */
function indexRag(index: number | null, thresholdPercent: number, otherwise: Health): Health {
  if (index === null) return otherwise;
  if (index * 100 < thresholdPercent) return 'red';
  return index < 1 ? 'amber' : 'green';
}

/**
 * A first rating from the records, for the manager to confirm: schedule and cost from SPI and
 * CPI, scope amber while a change request is open, quality amber while a deliverable is sent back.
 */
async function suggestedRating(db: Executor, project: ProjectRow, figures: ReportFigures) {
  const [settings, openChanges, sentBack] = await Promise.all([
    getSettingsRow(db, project.workspace_id),
    db
      .selectFrom('change_requests')
      .select('id')
      .where('project_id', '=', project.id)
      .where('status', 'in', ['submitted', 'client_review'])
      .executeTakeFirst(),
    db
      .selectFrom('project_deliverables')
      .select('id')
      .where('project_id', '=', project.id)
      .where('status', '=', 'rejected')
      .executeTakeFirst(),
  ]);
  return {
    scope: openChanges ? ('amber' as const) : ('green' as const),
    schedule: indexRag(figures.spi, settings.spiAlertPercent, project.health),
    cost: indexRag(figures.cpi, settings.cpiAlertPercent, project.health),
    quality: sentBack ? ('amber' as const) : ('green' as const),
    summary: '',
  };
}

/**
 * Daily: every project under way with a manager gets a draft report for the week that ended
 * last Sunday, once, with its figures and a suggested rating; the manager writes the summary
 * and publishes it. Projects still in initiation have nothing to report yet.
 */
export async function runStatusReportDrafts(
  deps: Deps,
  scope: DayScope = everywhereToday(deps.clock),
): Promise<number> {
  const periodEnd = addDays(mondayOf(scope.today), -1);
  const due = await deps.db
    .selectFrom('projects')
    .select(['id', 'workspace_id'])
    .where('phase', 'not in', ['initiation', 'closed'])
    .where('manager_id', 'is not', null)
    .where('start_date', '<=', periodEnd)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('project_status_reports as r')
            .select('r.id')
            .whereRef('r.project_id', '=', 'projects.id')
            .where('r.period_end', '=', periodEnd),
        ),
      ),
    )
    .$if(scope.workspaceIds !== null, (q) =>
      q.where('workspace_id', 'in', scope.workspaceIds ?? []),
    )
    .execute();
  for (const { id, workspace_id } of due) {
    const ctx = systemCtx(deps, workspace_id);
    await deps.db.transaction().execute(async (trx) => {
      const project = await getProjectRow(trx, workspace_id, id);
      if (!project?.manager_id) return;
      const figures = await reportFigures(trx, project, periodEnd);
      const rating = await suggestedRating(trx, project, figures);
      await insertReport(trx, ctx, project, { periodEnd, figures, ...rating });
      await notify(trx, deps.clock, [project.manager_id], {
        workspaceId: workspace_id,
        kind: 'status_report.draft',
        params: { project: project.number, day: periodEnd },
        link: `/projects/${id}`,
        uniqueKey: `status_report.draft:${id}:${periodEnd}`,
      });
    });
  }
  return due.length;
}
