import type { Insertable } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import { anyContains } from '../../../db/text-match.ts';
import { type Party, whereParty } from '../../../platform/access/party-scope.ts';
import { applyKeyset, type Keyset } from '../../../platform/http/keyset.ts';
import {
  closedStages,
  type OpportunityStage,
  type OpportunityTable,
} from './opportunities.table.ts';

export const opportunitySorts = {
  createdAt: 'opportunities.created_at',
  expectedClose: 'opportunities.expected_close',
  number: 'opportunities.number',
};

/** Opportunities are internal sales work: no portal sees them. */
function opportunityQuery(db: Executor, workspaceId: string, party: Party) {
  return whereParty(
    db
      .selectFrom('opportunities')
      .innerJoin('clients', 'clients.id', 'opportunities.client_id')
      .leftJoin('users as owner', 'owner.id', 'opportunities.owner_id')
      .selectAll('opportunities')
      .select([
        'clients.number as client_number',
        'clients.name as client_name',
        'owner.name as owner_name',
      ])
      .where('opportunities.workspace_id', '=', workspaceId),
    party,
    {},
  );
}

export type OpportunityRow = NonNullable<Awaited<ReturnType<typeof getOpportunityRow>>>;

export function getOpportunityRow(
  db: Executor,
  workspaceId: string,
  id: string,
  party: Party = null,
) {
  return opportunityQuery(db, workspaceId, party)
    .where('opportunities.id', '=', id)
    .executeTakeFirst();
}

export type OpportunityFilter = {
  q?: string | undefined;
  clientId?: string | undefined;
  stage?: OpportunityStage | undefined;
  ownerId?: string | undefined;
  open?: 'true' | 'false' | undefined;
};

export function findOpportunityRows(
  db: Executor,
  workspaceId: string,
  party: Party,
  f: OpportunityFilter,
  k: Keyset,
  limit: number,
) {
  let q = opportunityQuery(db, workspaceId, party);
  if (f.clientId) q = q.where('opportunities.client_id', '=', f.clientId);
  if (f.stage) q = q.where('opportunities.stage', '=', f.stage);
  if (f.ownerId) q = q.where('opportunities.owner_id', '=', f.ownerId);
  if (f.open) q = q.where('opportunities.stage', f.open === 'true' ? 'not in' : 'in', closedStages);
  if (f.q) {
    const text = f.q;
    q = q.where((eb) =>
      anyContains(eb, ['opportunities.title', 'opportunities.number', 'clients.name'], text),
    );
  }
  return applyKeyset(q, k, limit).execute();
}

/** Count, total and probability-weighted total per stage and currency, in one query. */
export function sumPipeline(
  db: Executor,
  workspaceId: string,
  f: { clientId?: string | undefined; ownerId?: string | undefined },
) {
  let q = db
    .selectFrom('opportunities')
    .select((eb) => [
      'stage',
      'currency',
      eb.fn.countAll<number>().as('count'),
      // PostgreSQL sums bigints as numeric; casting back keeps them numbers on both databases.
      eb.cast<number>(eb.fn.sum('amount_minor'), 'bigint').as('amount_minor'),
      eb
        .cast<number>(eb.fn.sum(eb('amount_minor', '*', eb.ref('probability'))), 'bigint')
        .as('weighted_hundredths'),
    ])
    .where('workspace_id', '=', workspaceId)
    .groupBy(['stage', 'currency']);
  if (f.clientId) q = q.where('client_id', '=', f.clientId);
  if (f.ownerId) q = q.where('owner_id', '=', f.ownerId);
  return q.execute();
}

export function insertOpportunity(db: Executor, row: Insertable<OpportunityTable>) {
  return db.insertInto('opportunities').values(row).execute();
}
