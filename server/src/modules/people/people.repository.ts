import type { Executor } from '../../db/database.ts';
import { anyContains } from '../../db/text-match.ts';
import { type Party, whereParty } from '../../platform/access/party-scope.ts';
import { applyKeyset, type Keyset } from '../../platform/http/keyset.ts';
import type { PersonKind, PersonStatus } from './people.table.ts';

export const personSorts = {
  name: 'people.name',
  number: 'people.number',
  department: 'people.department',
  createdAt: 'people.created_at',
};

/** A supplier portal user sees their own supplier's workers; nobody else's, and no employees. */
function personQuery(db: Executor, workspaceId: string, party: Party) {
  return whereParty(
    db
      .selectFrom('people')
      .leftJoin('people as manager', 'manager.id', 'people.manager_id')
      .leftJoin('suppliers', 'suppliers.id', 'people.supplier_id')
      .selectAll('people')
      .select(['manager.name as manager_name', 'suppliers.name as supplier_name'])
      .where('people.workspace_id', '=', workspaceId)
      .where('people.archived_at', 'is', null),
    party,
    { supplier: 'people.supplier_id' },
  );
}

export type PersonRow = NonNullable<Awaited<ReturnType<typeof getPersonRow>>>;

export function getPersonRow(db: Executor, workspaceId: string, id: string, party: Party = null) {
  return personQuery(db, workspaceId, party).where('people.id', '=', id).executeTakeFirst();
}

export type PersonFilter = {
  q?: string | undefined;
  kind?: PersonKind | undefined;
  status?: PersonStatus | undefined;
  department?: string | undefined;
  supplierId?: string | undefined;
};

export function findPersonRows(
  db: Executor,
  workspaceId: string,
  party: Party,
  f: PersonFilter,
  k: Keyset,
  limit: number,
) {
  let q = personQuery(db, workspaceId, party);
  if (f.kind) q = q.where('people.kind', '=', f.kind);
  if (f.status) q = q.where('people.status', '=', f.status);
  if (f.department) q = q.where('people.department', '=', f.department);
  if (f.supplierId) q = q.where('people.supplier_id', '=', f.supplierId);
  if (f.q) {
    const text = f.q;
    q = q.where((eb) => anyContains(eb, ['people.name', 'people.email', 'people.number'], text));
  }
  return applyKeyset(q, k, limit).execute();
}
