import type { Executor } from '../../../db/database.ts';
import { type Party, whereParty } from '../../../platform/access/party-scope.ts';
import { applyKeyset, type Keyset } from '../../../platform/http/keyset.ts';
import type { RequirementPriority, RequirementStatus } from './requirements.table.ts';

export const requirementSorts = { createdAt: 'requirements.created_at' };

/** A client portal user sees their own client's requirements. */
function requirementQuery(db: Executor, workspaceId: string, clientId: string, party: Party) {
  return whereParty(
    db
      .selectFrom('requirements')
      .leftJoin('opportunities', 'opportunities.id', 'requirements.opportunity_id')
      .leftJoin('contracts', 'contracts.id', 'requirements.contract_id')
      .leftJoin('users as owner', 'owner.id', 'requirements.owner_id')
      .selectAll('requirements')
      .select([
        'opportunities.number as opportunity_number',
        'opportunities.title as opportunity_title',
        'contracts.number as contract_number',
        'contracts.title as contract_title',
        'owner.name as owner_name',
      ])
      .where('requirements.workspace_id', '=', workspaceId)
      .where('requirements.client_id', '=', clientId),
    party,
    { client: 'requirements.client_id' },
  );
}

export type RequirementRow = NonNullable<Awaited<ReturnType<typeof getRequirementRow>>>;

export function getRequirementRow(db: Executor, workspaceId: string, clientId: string, id: string) {
  return requirementQuery(db, workspaceId, clientId, null)
    .where('requirements.id', '=', id)
    .executeTakeFirst();
}

export function findRequirementRows(
  db: Executor,
  workspaceId: string,
  clientId: string,
  party: Party,
  f: { status?: RequirementStatus | undefined; priority?: RequirementPriority | undefined },
  k: Keyset,
  limit: number,
) {
  let q = requirementQuery(db, workspaceId, clientId, party);
  if (f.status) q = q.where('requirements.status', '=', f.status);
  if (f.priority) q = q.where('requirements.priority', '=', f.priority);
  return applyKeyset(q, k, limit).execute();
}

/**
 * Whether an opportunity or a contract belongs to the client. Contracts live in their own
 * module, which depends on this one; a lookup by table keeps the dependency one way.
 */
export async function belongsToClient(
  db: Executor,
  table: 'opportunities' | 'contracts',
  workspaceId: string,
  clientId: string,
  id: string,
) {
  const row = await db
    .selectFrom(table)
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('client_id', '=', clientId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}
