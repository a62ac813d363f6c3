import { isoToday } from '../../platform/clock.ts';
import { type Deps, systemCtx } from '../../platform/context.ts';
import { addDays, daysBetween } from '../../platform/days.ts';
import { recordEvent } from '../../platform/events/events.ts';
import { copyContract } from './contract-copy.ts';
import { dayAfter } from './contract-signing.service.ts';
import { type ContractRow, getContractRow } from './contracts.repository.ts';
import { writeContract } from './contracts.service.ts';
import type { ContractStatus } from './contracts.table.ts';
import { inForceStatuses } from './contracts.table.ts';

export const CONTRACT_LIFECYCLE_EVERY_MS = 24 * 60 * 60 * 1000;

/** Where the calendar has taken a contract by today, or null if it stays. */
export function dueStatus(c: ContractRow, today: string): ContractStatus | null {
  if (c.status === 'signed') return c.start_date <= today ? 'active' : null;
  if (c.status !== 'active' && c.status !== 'expiring') return null;
  if (!c.end_date) return null;
  if (c.end_date < today) return c.auto_renew ? 'renewed' : 'expired';
  const inNotice = addDays(c.end_date, -c.notice_days) <= today;
  if (c.status === 'active' && inNotice) return 'expiring';
  // An amendment may push the end back out of the notice period.
  if (c.status === 'expiring' && !inNotice) return 'active';
  return null;
}

/**
 * The daily pass over contracts in force: signed ones start, ones inside their notice period
 * become expiring, ended ones expire or, with auto-renewal, continue as a new contract of the
 * same length. Each contract changes in its own transaction, audited as the system.
 */
export async function runContractLifecycle(deps: Deps): Promise<number> {
  const today = isoToday(deps.clock);
  const candidates = await deps.db
    .selectFrom('contracts')
    .select(['id', 'workspace_id'])
    .where('status', 'in', inForceStatuses)
    .execute();
  let changed = 0;
  for (const { id, workspace_id } of candidates) {
    const ctx = systemCtx(deps, workspace_id);
    const moved = await deps.db.transaction().execute(async (trx) => {
      const c = await getContractRow(trx, workspace_id, id);
      const to = c ? dueStatus(c, today) : null;
      if (!c || !to) return false;
      if (to === 'renewed') {
        const startDate = dayAfter(c.end_date as string);
        const endDate = addDays(startDate, daysBetween(c.start_date, c.end_date as string));
        await copyContract(trx, ctx, c, { startDate, endDate, status: 'active' });
      }
      await writeContract(trx, ctx, c, `contract.${to}`, { status: to });
      await recordEvent(trx, ctx, `contract.${to}`, { contractId: id });
      return true;
    });
    if (moved) changed += 1;
  }
  return changed;
}
