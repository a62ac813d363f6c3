import { sql } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import type { OpportunityTable } from './opportunities.table.ts';

type Contribution = Pick<OpportunityTable, 'stage' | 'currency' | 'amount_minor' | 'probability'>;

async function add(trx: Executor, workspaceId: string, c: Contribution, sign: 1 | -1) {
  const amount = sign * c.amount_minor;
  await trx
    .insertInto('pipeline_totals')
    .values({
      workspace_id: workspaceId,
      stage: c.stage,
      currency: c.currency,
      count: sign,
      amount_minor: amount,
      weighted_hundredths: amount * c.probability,
    })
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'stage', 'currency']).doUpdateSet({
        count: sql`pipeline_totals.count + excluded.count`,
        amount_minor: sql`pipeline_totals.amount_minor + excluded.amount_minor`,
        weighted_hundredths: sql`pipeline_totals.weighted_hundredths + excluded.weighted_hundredths`,
      }),
    )
    .execute();
}

/** Moves an opportunity's share of the pipeline from what it was (null: new) to what it is. */
export async function movePipelineTotals(
  trx: Executor,
  workspaceId: string,
  before: Contribution | null,
  after: Contribution,
) {
  if (before) await add(trx, workspaceId, before, -1);
  await add(trx, workspaceId, after, 1);
}

export function findPipelineTotals(db: Executor, workspaceId: string) {
  return db
    .selectFrom('pipeline_totals')
    .select(['stage', 'currency', 'count', 'amount_minor', 'weighted_hundredths'])
    .where('workspace_id', '=', workspaceId)
    .where('count', '>', 0)
    .orderBy('stage')
    .orderBy('currency')
    .execute();
}
