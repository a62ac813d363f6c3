import type { Executor } from '../../db/database.ts';
import { anyContains } from '../../db/text-match.ts';
import { applyKeyset, type Keyset } from '../../platform/http/keyset.ts';
import type { Health, ProjectPhase } from './projects.table.ts';

export const projectSorts = {
  name: 'projects.name',
  number: 'projects.number',
  endDate: 'projects.end_date',
  createdAt: 'projects.created_at',
};

function projectQuery(db: Executor, workspaceId: string) {
  return db
    .selectFrom('projects')
    .leftJoin('users as manager', 'manager.id', 'projects.manager_id')
    .leftJoin('clients', 'clients.id', 'projects.client_id')
    .leftJoin('contracts', 'contracts.id', 'projects.contract_id')
    .selectAll('projects')
    .select([
      'manager.name as manager_name',
      'clients.name as client_name',
      'contracts.number as contract_number',
      'contracts.title as contract_title',
    ])
    .where('projects.workspace_id', '=', workspaceId);
}

export type ProjectRow = NonNullable<Awaited<ReturnType<typeof getProjectRow>>>;

export function getProjectRow(db: Executor, workspaceId: string, id: string) {
  return projectQuery(db, workspaceId).where('projects.id', '=', id).executeTakeFirst();
}

export type ProjectFilter = {
  q?: string | undefined;
  phase?: ProjectPhase | undefined;
  health?: Health | undefined;
  clientId?: string | undefined;
};

export function findProjectRows(
  db: Executor,
  workspaceId: string,
  f: ProjectFilter,
  k: Keyset,
  limit: number,
) {
  let q = projectQuery(db, workspaceId);
  if (f.phase) q = q.where('projects.phase', '=', f.phase);
  if (f.health) q = q.where('projects.health', '=', f.health);
  if (f.clientId) q = q.where('projects.client_id', '=', f.clientId);
  if (f.q) {
    const text = f.q;
    q = q.where((eb) => anyContains(eb, ['projects.name', 'projects.number'], text));
  }
  return applyKeyset(q, k, limit).execute();
}
