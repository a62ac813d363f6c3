import type { Expression } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { getSupplierRow } from './suppliers.repository.ts';

export { supplierProfileSchema } from './evaluations/evaluations.schema.ts';
export { isBlacklisted } from './supplier-lifecycle.ts';
export { supplierProfiles } from './supplier-profiles.service.ts';
export { type SupplierStanding, supplierStandings } from './supplier-standing.ts';

/** What other modules and the app may use of suppliers. */
export { supplierBankSchema, supplierCreateBody } from './suppliers.schema.ts';
export { getSupplier, insertNewSupplier } from './suppliers.service.ts';

/** Whether a supplier exists in a workspace: portal members are bound only to real suppliers. */
export const supplierExists = async (db: Executor, workspaceId: string, id: string) =>
  Boolean(await getSupplierRow(db, workspaceId, id));

/** A supplier's status, or null when it is not in the workspace. */
export const supplierStatusOf = async (db: Executor, workspaceId: string, id: string) =>
  (await getSupplierRow(db, workspaceId, id))?.status ?? null;

/** A supplier's name as a subquery, to select beside another module's rows. */
export const supplierName = (db: Executor, supplierId: Expression<string | null>) =>
  db.selectFrom('suppliers').select('suppliers.name').where('suppliers.id', '=', supplierId);

/** A supplier's id by its number (SUP-0001), for imports that name suppliers. */
export async function supplierIdByNumber(db: Executor, workspaceId: string, number: string) {
  const row = await db
    .selectFrom('suppliers')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('number', '=', number)
    .executeTakeFirst();
  return row?.id ?? null;
}

// Read models, as the module's own pages list them (dashboards and the bench read them too).
export { listSuppliers } from './suppliers.service.ts';

/** A supplier's bank details, to pay it; callers show them only to holders of suppliers:bank. */
export async function supplierBankOf(db: Executor, workspaceId: string, id: string) {
  const r = await getSupplierRow(db, workspaceId, id);
  return r ? { name: r.bank_name, account: r.bank_account, swift: r.bank_swift } : null;
}
