import { sql } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { diff } from '../../../platform/audit/audit.ts';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { refusedField } from '../../../platform/errors/app-error.ts';
import { toProjectCurrency } from '../monitoring/evm.service.ts';
import type { ProjectRow } from '../projects.repository.ts';
import { assertOpen, projectRowOf, writeProject } from '../projects.service.ts';
import { type CostCategory, costCategories } from '../projects.table.ts';
import type { budgetBody } from './budget.schema.ts';
import { otherCosts } from './project-costs.ts';

/**
 * What each category has cost so far, in the project's currency: approved time at cost, own
 * staff as labour and suppliers' workers as subcontract, and the other costs recorded against
 * the project (approved expenses). Goods are not tracked yet.
 */
async function actualCosts(db: Executor, project: ProjectRow, today: string) {
  const [rows, other, convert] = await Promise.all([
    db
      .selectFrom('time_entries as e')
      .innerJoin('people as p', 'p.id', 'e.person_id')
      .select(['p.kind', sql<number>`sum(e.cost_base_minor)`.as('cost')])
      .where('e.workspace_id', '=', project.workspace_id)
      .where('e.project_id', '=', project.id)
      .where('e.cost_base_minor', 'is not', null)
      .groupBy('p.kind')
      .execute(),
    otherCosts(db, project.workspace_id, project.id),
    toProjectCurrency(db, project, today),
  ]);
  const base = (kind: string) => Number(rows.find((r) => r.kind === kind)?.cost ?? 0);
  const of = (category: CostCategory) =>
    other.filter((o) => o.category === category).reduce((s, o) => s + Number(o.cost), 0);
  const inProject = (minor: number) => (convert ? convert(minor) : null);
  const spent: Partial<Record<CostCategory, number | null>> = {
    labour: inProject(base('employee')),
    subcontract: inProject(base('supplier_worker')),
    expenses: inProject(of('expenses')),
  };
  return spent;
}

/** Every category with its planned share; actual costs only for those who see margins. */
export async function getBudget(ctx: Ctx, projectId: string) {
  const project = await projectRowOf(ctx.db, workspaceOf(ctx), projectId);
  const seesCost = ctx.membership?.permissions.has('contracts:margin') ?? false;
  const spent = seesCost ? await actualCosts(ctx.db, project, todayOf(ctx)) : {};
  const planned = new Map((project.budget_lines ?? []).map((l) => [l.category, l.plannedMinor]));
  const allocated = [...planned.values()].reduce((a, b) => a + b, 0);
  return {
    currency: project.currency,
    budgetMinor: project.budget_minor,
    unallocatedMinor: project.budget_minor - allocated,
    lines: costCategories.map((category) => ({
      category,
      plannedMinor: planned.get(category) ?? 0,
      actualMinor: spent[category] ?? null,
    })),
    version: project.version,
  };
}

/** Splits the budget by category; the split may not add up to more than the budget. */
export async function setBudget(ctx: Ctx, projectId: string, input: z.infer<typeof budgetBody>) {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await projectRowOf(trx, workspaceOf(ctx), projectId);
    assertOpen(before);
    const total = input.lines.reduce((a, l) => a + l.plannedMinor, 0);
    if (total > before.budget_minor) {
      throw refusedField('lines', 'The categories add up to more than the budget');
    }
    const lines = input.lines.filter((l) => l.plannedMinor > 0);
    await writeProject(
      trx,
      ctx,
      before,
      input.version,
      { budget_lines: JSON.stringify(lines) },
      'project.budget',
      diff({ budgetLines: before.budget_lines }, { budgetLines: lines }),
    );
  });
  return getBudget(ctx, projectId);
}
