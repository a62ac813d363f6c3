import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { type Ctx, todayOf, workspaceOf } from '../../platform/context.ts';
import { addDays, mondaysBetween } from '../../platform/days.ts';
import { convertMinor } from '../../platform/money.ts';
import { getSettingsRow, rateToBase } from '../settings/index.ts';
import { latestBaseline } from './baselines.service.ts';
import { type EvmTask, earnedValue, indices, plannedValue, weights } from './evm.ts';
import type { ProjectRow } from './projects.repository.ts';
import { projectRowOf } from './projects.service.ts';

/** What earned value needs of a project. */
type EvmProject = Pick<ProjectRow, 'id' | 'workspace_id' | 'currency'>;

/** Spending this many points of the budget more than the work earned raises an alert. */
export const BURN_AHEAD_POINTS = 10;

/** The project's approved time at cost, per day, in the base currency. */
function costByDay(db: Executor, workspaceId: string, projectId: string) {
  return db
    .selectFrom('time_entries')
    .select(['day', sql<number>`sum(cost_base_minor)`.as('cost')])
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .where('cost_base_minor', 'is not', null)
    .groupBy('day')
    .orderBy('day')
    .execute();
}

/** Base currency amounts in the project's currency, at today's rate; null when there is none. */
export async function toProjectCurrency(db: Executor, project: EvmProject, today: string) {
  const { baseCurrency } = await getSettingsRow(db, project.workspace_id);
  if (project.currency === baseCurrency) return (minor: number) => minor;
  const r = await rateToBase(db, project.workspace_id, project.currency, today);
  if (!r) return null;
  return (minor: number) =>
    convertMinor(minor, baseCurrency, project.currency, String(1 / Number(r.rate)));
}

/** The baselined tasks with their share of the budget and their progress now. */
async function evmTasks(
  db: Executor,
  project: EvmProject,
  frozen: { taskId: string; start: string; finish: string; estimateHours: number }[],
) {
  const current = await db
    .selectFrom('tasks')
    .select(['id', 'parent_id', 'percent_complete'])
    .where('project_id', '=', project.id)
    .execute();
  const parents = new Set(current.flatMap((t) => t.parent_id ?? []));
  const progress = new Map(current.map((t) => [t.id, t.percent_complete]));
  const shares = weights(
    frozen.map((b) => ({ estimateHours: b.estimateHours, leaf: !parents.has(b.taskId) })),
  );
  return frozen.map(
    (b, i): EvmTask => ({
      weight: shares[i] ?? 0,
      start: b.start,
      finish: b.finish,
      percentComplete: progress.get(b.taskId) ?? 0,
    }),
  );
}

/**
 * Earned value of a project against its latest baseline, in the project's currency: PV from
 * the baseline's plan, EV from each task's % complete, AC from approved time at cost. Null
 * without a baseline. The trend runs weekly from the plan's start, EV from the daily snapshots.
 */
export async function evmOf(db: Executor, project: EvmProject, today: string) {
  const baseline = await latestBaseline(db, project.workspace_id, project.id);
  if (!baseline || baseline.tasks.length === 0) return null;
  const [tasks, costs, convert, snapshots, settings] = await Promise.all([
    evmTasks(db, project, baseline.tasks),
    costByDay(db, project.workspace_id, project.id),
    toProjectCurrency(db, project, today),
    db
      .selectFrom('project_progress')
      .select(['day', 'ev_minor'])
      .where('project_id', '=', project.id)
      .orderBy('day')
      .execute(),
    getSettingsRow(db, project.workspace_id),
  ]);
  const bac = baseline.budget_minor;
  const acUpTo = (day: string) => {
    const base = costs.filter((c) => c.day <= day).reduce((s, c) => s + Number(c.cost), 0);
    return convert ? convert(base) : null;
  };
  const pv = plannedValue(bac, tasks, today);
  const ev = earnedValue(bac, tasks);
  const ac = acUpTo(today);
  const figures = indices(bac, pv, ev, ac ?? 0);
  const percentComplete = bac ? Math.round((ev / bac) * 1000) / 10 : 0;
  const percentSpent = bac && ac !== null ? Math.round((ac / bac) * 1000) / 10 : null;
  const alerts = [
    ...(figures.spi !== null && figures.spi * 100 < settings.spiAlertPercent
      ? [{ kind: 'spi' as const, value: figures.spi, threshold: settings.spiAlertPercent / 100 }]
      : []),
    ...(ac && figures.cpi !== null && figures.cpi * 100 < settings.cpiAlertPercent
      ? [{ kind: 'cpi' as const, value: figures.cpi, threshold: settings.cpiAlertPercent / 100 }]
      : []),
    ...(percentSpent !== null && percentSpent - percentComplete > BURN_AHEAD_POINTS
      ? [{ kind: 'burn' as const, value: percentSpent, threshold: percentComplete }]
      : []),
  ];
  const start = tasks.map((t) => t.start).sort()[0] as string;
  const points = [
    ...mondaysBetween(start, today)
      .map((m) => addDays(m, 6))
      .filter((d) => d < today),
    today,
  ];
  const evOn = (day: string) =>
    day === today ? ev : ([...snapshots].reverse().find((s) => s.day <= day)?.ev_minor ?? null);
  return {
    currency: project.currency,
    baselineSeq: baseline.seq,
    bac,
    pv,
    ev,
    ac,
    ...figures,
    percentComplete,
    percentSpent,
    alerts,
    trend: points.map((day) => ({
      day,
      pv: plannedValue(bac, tasks, day),
      ev: evOn(day) === null ? null : Number(evOn(day)),
      ac: acUpTo(day),
    })),
  };
}

export async function projectEvm(ctx: Ctx, projectId: string) {
  const project = await projectRowOf(ctx.db, workspaceOf(ctx), projectId);
  return { evm: await evmOf(ctx.db, project, todayOf(ctx)) };
}
