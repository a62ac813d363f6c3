import type { Deps } from '../../../platform/context.ts';
import { mondayOf } from '../../../platform/days.ts';
import { type DayScope, everywhereToday } from '../../../platform/jobs/schedule.ts';
import { notify } from '../../../platform/notifications/notify.ts';
import { evmOf } from './evm.service.ts';

/**
 * Daily: each open project's earned value is kept for its trend, and its manager hears when
 * SPI or CPI fall below the workspace's thresholds or spending runs ahead of progress (each
 * alert at most once a week).
 */
export async function runEarnedValue(
  deps: Deps,
  scope: DayScope = everywhereToday(deps.clock),
): Promise<number> {
  const today = scope.today;
  const projects = await deps.db
    .selectFrom('projects')
    .selectAll()
    .where('phase', '!=', 'closed')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('project_baselines as b')
          .select('b.id')
          .whereRef('b.project_id', '=', 'projects.id'),
      ),
    )
    .$if(scope.workspaceIds !== null, (q) =>
      q.where('workspace_id', 'in', scope.workspaceIds ?? []),
    )
    .execute();
  for (const project of projects) {
    const evm = await evmOf(deps.db, project, today);
    if (!evm) continue;
    const figures = { pv_minor: evm.pv, ev_minor: evm.ev, ac_minor: evm.ac ?? 0 };
    await deps.db
      .insertInto('project_progress')
      .values({
        workspace_id: project.workspace_id,
        project_id: project.id,
        day: today,
        ...figures,
      })
      .onConflict((oc) => oc.columns(['project_id', 'day']).doUpdateSet(figures))
      .execute();
    if (!project.manager_id) continue;
    for (const alert of evm.alerts) {
      await notify(deps.db, deps.clock, [project.manager_id], {
        workspaceId: project.workspace_id,
        kind: `project.evm_${alert.kind}`,
        params: { project: project.number, value: alert.value, threshold: alert.threshold },
        link: `/projects/${project.id}`,
        uniqueKey: `evm:${project.id}:${alert.kind}:${mondayOf(today)}`,
      });
    }
  }
  return projects.length;
}
