import type { Executor } from '../../../db/database.ts';
import type { CreditSide } from './service-credits.table.ts';

/**
 * The credits of a contract's side not yet taken by an invoice or bill (an allocation that was
 * released, by a credit note or a rejected bill, leaves them pending again), oldest first.
 */
export function pendingCredits(
  db: Executor,
  workspaceId: string,
  side: CreditSide,
  contractId: string,
  currency: string,
) {
  const taken =
    side === 'client'
      ? db
          .selectFrom('billing_allocations')
          .select('source_id')
          .where('workspace_id', '=', workspaceId)
          .where('source_type', '=', 'service_credit')
          .where('released_at', 'is', null)
      : db
          .selectFrom('bill_matches')
          .select('source_id')
          .where('workspace_id', '=', workspaceId)
          .where('source_type', '=', 'service_credit')
          .where('released_at', 'is', null);
  return db
    .selectFrom('service_credits')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('side', '=', side)
    .where('contract_id', '=', contractId)
    .where('currency', '=', currency)
    .where('id', 'not in', taken)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
