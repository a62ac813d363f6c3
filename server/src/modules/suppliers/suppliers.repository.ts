import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { jsonArrayHas } from '../../db/json-array.ts';
import { anyContains } from '../../db/text-match.ts';
import { type Party, whereParty } from '../../platform/access/party-scope.ts';
import { applyKeyset, type Keyset } from '../../platform/http/keyset.ts';
import type { RiskTier, SupplierStatus, SupplierTable } from './suppliers.table.ts';

export const supplierSorts = {
  name: 'suppliers.name',
  number: 'suppliers.number',
  createdAt: 'suppliers.created_at',
};

/** A supplier portal user's supplier is their party: every other supplier is not found. */
function supplierQuery(db: Executor, workspaceId: string, party: Party) {
  return whereParty(
    db.selectFrom('suppliers').selectAll().where('suppliers.workspace_id', '=', workspaceId),
    party,
    { supplier: 'suppliers.id' },
  );
}

export type SupplierRow = NonNullable<Awaited<ReturnType<typeof getSupplierRow>>>;

export function getSupplierRow(db: Executor, workspaceId: string, id: string, party: Party = null) {
  return supplierQuery(db, workspaceId, party).where('suppliers.id', '=', id).executeTakeFirst();
}

export function findSupplierRowsByIds(
  db: Executor,
  workspaceId: string,
  ids: string[],
  party: Party = null,
) {
  return supplierQuery(db, workspaceId, party).where('suppliers.id', 'in', ids).execute();
}

export type SupplierFilter = {
  q?: string | undefined;
  status?: SupplierStatus | undefined;
  riskTier?: RiskTier | undefined;
  category?: string | undefined;
};

export function findSupplierRows(
  db: Executor,
  workspaceId: string,
  party: Party,
  f: SupplierFilter,
  k: Keyset,
  limit: number,
) {
  let q = supplierQuery(db, workspaceId, party);
  if (f.status) q = q.where('suppliers.status', '=', f.status);
  if (f.riskTier) q = q.where('suppliers.risk_tier', '=', f.riskTier);
  if (f.category)
    q = q.where((eb) => jsonArrayHas(eb, 'suppliers.categories', f.category as string));
  if (f.q) {
    const text = f.q;
    q = q.where((eb) =>
      anyContains(eb, ['suppliers.name', 'suppliers.legal_name', 'suppliers.number'], text),
    );
  }
  return applyKeyset(q, k, limit).execute();
}

export function insertSupplier(db: Executor, row: Insertable<SupplierTable>) {
  return db.insertInto('suppliers').values(row).execute();
}
