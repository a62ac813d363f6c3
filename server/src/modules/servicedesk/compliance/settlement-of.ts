import type { Executor } from '../../../db/database.ts';

/** The settlement of a contract's month, if confirmed, with who confirmed it. */
export async function settlementOf(
  db: Executor,
  workspaceId: string,
  contractId: string,
  month: string,
) {
  const row = await db
    .selectFrom('sla_settlements as s')
    .leftJoin('users as u', 'u.id', 's.confirmed_by')
    .select(['s.confirmed_at', 's.confirmed_by', 'u.name as confirmed_by_name'])
    .where('s.workspace_id', '=', workspaceId)
    .where('s.contract_id', '=', contractId)
    .where('s.month', '=', month)
    .executeTakeFirst();
  return row
    ? {
        confirmedAt: row.confirmed_at,
        confirmedBy: row.confirmed_by
          ? { id: row.confirmed_by, name: row.confirmed_by_name ?? '' }
          : null,
      }
    : null;
}
