import type { Executor } from '../../db/database.ts';
import { anyContains } from '../../db/text-match.ts';
import { applyKeyset, type Keyset } from '../../platform/http/keyset.ts';
import { clientName } from '../clients/index.ts';
import { contractField } from '../contracts/index.ts';
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
    .selectAll('projects')
    .select((eb) => [
      'manager.name as manager_name',
      clientName(db, eb.ref('projects.client_id')).as('client_name'),
      contractField(db, eb.ref('projects.contract_id'), 'number').as('contract_number'),
      contractField(db, eb.ref('projects.contract_id'), 'title').as('contract_title'),
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
