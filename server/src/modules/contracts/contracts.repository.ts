import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { anyContains } from '../../db/text-match.ts';
import { type Party, whereParty } from '../../platform/access/party-scope.ts';
import { type Ctx, workspaceOf } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { applyKeyset, type Keyset } from '../../platform/http/keyset.ts';
import type { ContractStatus, ContractTable, ContractType } from './contracts.table.ts';
import { isEditable } from './lifecycle/contract-lifecycle.ts';

export const contractSorts = {
  number: 'contracts.number',
  title: 'contracts.title',
  endDate: 'contracts.end_date',
  createdAt: 'contracts.created_at',
};

/**
 * A client portal user sees their client's contracts, a supplier portal user their
 * supplier's; neither ever sees the other side's contracts.
 */
function contractQuery(db: Executor, workspaceId: string, party: Party) {
  return whereParty(
    db
      .selectFrom('contracts')
      .leftJoin('clients', 'clients.id', 'contracts.client_id')
      .leftJoin('suppliers', 'suppliers.id', 'contracts.supplier_id')
      .leftJoin('users as owner', 'owner.id', 'contracts.owner_id')
      .leftJoin('contracts as parent', 'parent.id', 'contracts.parent_id')
      .selectAll('contracts')
      .select((eb) => [
        eb.fn.coalesce('clients.number', 'suppliers.number').as('party_number'),
        eb.fn.coalesce('clients.name', 'suppliers.name').as('party_name'),
        'owner.name as owner_name',
        'parent.number as parent_number',
        'parent.title as parent_title',
      ])
      .where('contracts.workspace_id', '=', workspaceId),
    party,
    { client: 'contracts.client_id', supplier: 'contracts.supplier_id' },
  );
}

export type ContractRow = NonNullable<Awaited<ReturnType<typeof getContractRow>>>;

export function getContractRow(db: Executor, workspaceId: string, id: string, party: Party = null) {
  return contractQuery(db, workspaceId, party).where('contracts.id', '=', id).executeTakeFirst();
}

/** Several contracts in one query, in the order of the ids given; those not visible are left out. */
export async function findContractRowsByIds(
  db: Executor,
  workspaceId: string,
  ids: string[],
  party: Party = null,
) {
  if (ids.length === 0) return [];
  const rows = await contractQuery(db, workspaceId, party)
    .where('contracts.id', 'in', ids)
    .execute();
  return ids.flatMap((id) => rows.filter((r) => r.id === id));
}

export type ContractFilter = {
  q?: string | undefined;
  status?: ContractStatus | undefined;
  type?: ContractType | undefined;
  partyType?: 'client' | 'supplier' | undefined;
  clientId?: string | undefined;
  supplierId?: string | undefined;
  parentId?: string | undefined;
  endsFrom?: string | undefined;
  endsBy?: string | undefined;
};

export function findContractRows(
  db: Executor,
  workspaceId: string,
  party: Party,
  f: ContractFilter,
  k: Keyset,
  limit: number,
) {
  let q = contractQuery(db, workspaceId, party);
  if (f.status) q = q.where('contracts.status', '=', f.status);
  if (f.type) q = q.where('contracts.type', '=', f.type);
  if (f.partyType) q = q.where('contracts.party_type', '=', f.partyType);
  if (f.clientId) q = q.where('contracts.client_id', '=', f.clientId);
  if (f.supplierId) q = q.where('contracts.supplier_id', '=', f.supplierId);
  if (f.parentId) q = q.where('contracts.parent_id', '=', f.parentId);
  if (f.endsFrom) q = q.where('contracts.end_date', '>=', f.endsFrom);
  if (f.endsBy) q = q.where('contracts.end_date', '<=', f.endsBy);
  if (f.q) {
    const text = f.q;
    q = q.where((eb) => anyContains(eb, ['contracts.title', 'contracts.number'], text));
  }
  return applyKeyset(q, k, limit).execute();
}

export function insertContract(db: Executor, row: Insertable<ContractTable>) {
  return db.insertInto('contracts').values(row).execute();
}

/** Decisions on a contract, or with an amendment id on that amendment; all of them for undefined. */
export function findApprovalRows(
  db: Executor,
  workspaceId: string,
  contractId: string,
  amendmentId?: string | null,
) {
  let q = db
    .selectFrom('contract_approvals')
    .innerJoin('users', 'users.id', 'contract_approvals.user_id')
    .selectAll('contract_approvals')
    .select('users.name as user_name')
    .where('contract_approvals.workspace_id', '=', workspaceId)
    .where('contract_approvals.contract_id', '=', contractId);
  if (amendmentId !== undefined) {
    q = q.where('contract_approvals.amendment_id', amendmentId === null ? 'is' : '=', amendmentId);
  }
  return q.orderBy('contract_approvals.created_at').orderBy('contract_approvals.id').execute();
}

/** Terms are set while the contract is a draft; after signing they change by amendment. */
export async function draftContractRow(trx: Executor, ctx: Ctx, contractId: string, what: string) {
  const contract = await getContractRow(trx, workspaceOf(ctx), contractId);
  if (!contract) throw notFound('Contract');
  if (!isEditable(contract.status)) {
    throw new AppError(
      'unprocessable',
      `${contract.number} is not a draft; its ${what} change by amendment`,
    );
  }
  return contract;
}
