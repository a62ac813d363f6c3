import { sql } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { addDays, mondaysBetween } from '../../../platform/days.ts';
import { convertMinor, inverseRate } from '../../../platform/money.ts';
import { getSettingsRow, rateToBase } from '../../settings/index.ts';
import { latestBaseline } from '../plan/baselines.service.ts';
import { otherCosts } from '../plan/project-costs.ts';
import type { ProjectRow } from '../projects.repository.ts';
import { projectRowOf } from '../projects.service.ts';
import type { BaselineTask } from '../projects.table.ts';
import {
  deliveredValue,
  type EvmTask,
  earnedValue,
  indices,
  phaseValues,
  plannedValue,
  weights,
} from './evm.ts';

/** What earned value needs of a project. */
type EvmProject = Pick<ProjectRow, 'id' | 'workspace_id' | 'currency' | 'ev_method'>;

/** Spending this many points of the budget more than the work earned raises an alert. */
export const BURN_AHEAD_POINTS = 10;

/**
 * The project's approved time at cost per day and task (null: logged to no task), and its
 * other costs (expenses) per day under no task, in the base currency: one pass serves both
 * the trend and the phases.
 */
async function costByDayAndTask(db: Executor, workspaceId: string, projectId: string) {
  const [time, other] = await Promise.all([
    db
      .selectFrom('time_entries')
      .select(['day', 'task_id', sql<number>`sum(cost_base_minor)`.as('cost')])
      .where('workspace_id', '=', workspaceId)
      .where('project_id', '=', projectId)
      .where('cost_base_minor', 'is not', null)
      .groupBy(['day', 'task_id'])
      .execute(),
    otherCosts(db, workspaceId, projectId),
  ]);
  return [...time, ...other.map((o) => ({ day: o.day, task_id: null, cost: o.cost }))];
}

/** Base currency amounts in the project's currency, at today's rate; null when there is none. */
export async function toProjectCurrency(db: Executor, project: EvmProject, today: string) {
  const { baseCurrency } = await getSettingsRow(db, project.workspace_id);
  if (project.currency === baseCurrency) return (minor: number) => minor;
  const r = await rateToBase(db, project.workspace_id, project.currency, today);
  if (!r) return null;
  return (minor: number) =>
    convertMinor(minor, baseCurrency, project.currency, inverseRate(r.rate));
}

/** The baselined tasks with their share of the budget and their progress now. */
async function evmTasks(db: Executor, project: EvmProject, frozen: BaselineTask[]) {
  const current = await db
    .selectFrom('tasks')
    .select(['id', 'name', 'parent_id', 'percent_complete'])
    .where('project_id', '=', project.id)
    .execute();
  const parents = new Set(current.flatMap((t) => t.parent_id ?? []));
  const progress = new Map(current.map((t) => [t.id, t.percent_complete]));
  const parentOf = new Map(current.map((t) => [t.id, t.parent_id]));
  const rootOf = (id: string): string => {
    const parent = parentOf.get(id);
    return parent ? rootOf(parent) : id;
  };
  const shares = weights(
    frozen.map((b) => ({ estimateHours: b.estimateHours, leaf: !parents.has(b.taskId) })),
  );
  const tasks = frozen.map(
    (b, i): EvmTask => ({
      weight: shares[i] ?? 0,
      start: b.start,
      finish: b.finish,
      percentComplete: progress.get(b.taskId) ?? 0,
      root: rootOf(b.taskId),
    }),
  );
  // A phase is named as it is now, or as the baseline knew it if it has since been removed.
  const names = new Map([
    ...frozen.map((b) => [b.taskId, b.name] as const),
    ...current.map((t) => [t.id, t.name] as const),
  ]);
  return { tasks, rootOf, nameOf: (id: string) => names.get(id) ?? '' };
}

/** EV by the project's method: its tasks' % complete, or the share of deliverables accepted. */
async function earnedNow(db: Executor, project: EvmProject, bac: number, tasks: EvmTask[]) {
  if (project.ev_method === 'percent_complete') return earnedValue(bac, tasks);
  const deliverables = await db
    .selectFrom('project_deliverables')
    .select('status')
    .where('project_id', '=', project.id)
    .execute();
  const accepted = deliverables.filter((d) => d.status === 'accepted').length;
  return deliveredValue(bac, accepted, deliverables.length);
}

type Costs = Awaited<ReturnType<typeof costByDayAndTask>>;

/**
 * Each phase's figures: its tasks' shares of BAC, PV and EV, and the time logged under it as
 * AC. Time logged to no task, or under a top-level task the baseline does not hold, belongs to
 * no phase.
 */
function phaseFigures(
  bac: number,
  today: string,
  plan: Awaited<ReturnType<typeof evmTasks>>,
  costs: Costs,
  convert: ((minor: number) => number) | null,
) {
  return phaseValues(bac, plan.tasks, today).map(({ root, ...values }) => {
    const base = costs
      .filter((c) => c.task_id !== null && plan.rootOf(c.task_id) === root)
      .reduce((s, c) => s + Number(c.cost), 0);
    const ac = convert ? convert(base) : null;
    const { spi, cpi } = indices(values.bac, values.pv, values.ev, ac ?? 0);
    return { taskId: root, name: plan.nameOf(root), ...values, ac, spi, cpi };
  });
}

/**
 * Earned value of a project against its latest baseline, in the project's currency: PV from
 * the baseline's plan, EV from each task's % complete (or, if the project says so, from its
 * accepted deliverables), AC from approved time at cost and approved expenses; for the whole
 * project and for each phase (top-level element of the work breakdown; a phase's EV is always
 * its tasks' progress, as deliverables belong to no phase; expenses belong to none either). Null without a baseline. The trend runs weekly from the
 * plan's start, EV from the daily snapshots.
 */
export async function evmOf(db: Executor, project: EvmProject, today: string) {
  const baseline = await latestBaseline(db, project.workspace_id, project.id);
  if (!baseline || baseline.tasks.length === 0) return null;
  const [plan, costs, convert, snapshots, settings] = await Promise.all([
    evmTasks(db, project, baseline.tasks),
    costByDayAndTask(db, project.workspace_id, project.id),
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
  const { tasks } = plan;
  const acUpTo = (day: string) => {
    const base = costs.filter((c) => c.day <= day).reduce((s, c) => s + Number(c.cost), 0);
    return convert ? convert(base) : null;
  };
  const pv = plannedValue(bac, tasks, today);
  const ev = await earnedNow(db, project, bac, tasks);
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
    phases: phaseFigures(bac, today, plan, costs, convert),
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
