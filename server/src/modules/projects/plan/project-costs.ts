import { sql } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import { newId } from '../../../platform/ids.ts';
import type { CostCategory } from '../projects.table.ts';

export type ProjectCost = {
  projectId: string;
  day: string;
  category: Exclude<CostCategory, 'labour' | 'subcontract'>;
  amountBaseMinor: number;
  /** What it came from, e.g. an expense line: a source is counted once however often it is told. */
  source: { type: string; id: string };
};

/** Records costs beyond time, in the caller's transaction; a source already recorded is kept. */
export async function addProjectCosts(trx: Executor, workspaceId: string, costs: ProjectCost[]) {
  if (costs.length === 0) return;
  await trx
    .insertInto('project_costs')
    .values(
      costs.map((c) => ({
        id: newId(),
        workspace_id: workspaceId,
        project_id: c.projectId,
        day: c.day,
        category: c.category,
        amount_base_minor: c.amountBaseMinor,
        source_type: c.source.type,
        source_id: c.source.id,
      })),
    )
    .onConflict((oc) => oc.columns(['source_type', 'source_id']).doNothing())
    .execute();
}

/** A project's other costs per day and category, in base currency. */
export function otherCosts(db: Executor, workspaceId: string, projectId: string) {
  return db
    .selectFrom('project_costs')
    .select(['day', 'category', sql<number>`sum(amount_base_minor)`.as('cost')])
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .groupBy(['day', 'category'])
    .execute();
}
