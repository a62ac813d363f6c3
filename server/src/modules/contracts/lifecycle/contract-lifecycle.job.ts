import { audit } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Deps, systemCtx } from '../../../platform/context.ts';
import { addDays, daysBetween } from '../../../platform/days.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { type DayScope, everywhereToday } from '../../../platform/jobs/schedule.ts';
import { type ContractRow, getContractRow } from '../contracts.repository.ts';
import { writeContract } from '../contracts.service.ts';
import type { ContractStatus } from '../contracts.table.ts';
import { inForceStatuses } from '../contracts.table.ts';
import { copyContract } from './contract-copy.ts';
import { dayAfter } from './contract-signing.service.ts';

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

/** Contracts moved in one statement, with their audit entries and events in its transaction. */
const BATCH = 500;

type Move = { id: string; workspace_id: string; from: ContractStatus; to: ContractStatus };

/**
 * The daily pass over contracts in force: signed ones start, ones inside their notice period
 * become expiring, ended ones expire or, with auto-renewal, continue as a new contract of the
 * same length. Moves are set-based: one UPDATE per transition and batch (the status it read is
 * the guard, so a contract changed meanwhile is left for the next pass), each moved contract
 * audited as the system in the same transaction. Only renewals, which draft a successor, go
 * one contract at a time.
 */
export async function runContractLifecycle(
  deps: Deps,
  scope: DayScope = everywhereToday(deps.clock),
): Promise<number> {
  const today = scope.today;
  const candidates = await deps.db
    .selectFrom('contracts')
    .selectAll()
    .where('status', 'in', inForceStatuses)
    .$if(scope.workspaceIds !== null, (q) =>
      q.where('workspace_id', 'in', scope.workspaceIds ?? []),
    )
    .execute();
  const moves: Move[] = [];
  const renewals: ContractRow[] = [];
  for (const c of candidates) {
    const to = dueStatus(c as ContractRow, today);
    if (to === 'renewed') renewals.push(c as ContractRow);
    else if (to) moves.push({ id: c.id, workspace_id: c.workspace_id, from: c.status, to });
  }
  let changed = 0;
  for (const batch of transitions(moves)) changed += await moveBatch(deps, batch);
  for (const c of renewals) changed += (await renew(deps, c.workspace_id, c.id, today)) ? 1 : 0;
  return changed;
}

/** The moves grouped by transition, in batches of at most BATCH contracts. */
function transitions(moves: Move[]): Move[][] {
  const groups = new Map<string, Move[]>();
  for (const m of moves) {
    const key = `${m.from}>${m.to}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.values()].flatMap((g) =>
    Array.from({ length: Math.ceil(g.length / BATCH) }, (_, i) =>
      g.slice(i * BATCH, (i + 1) * BATCH),
    ),
  );
}

async function moveBatch(deps: Deps, batch: Move[]): Promise<number> {
  const first = batch[0];
  if (!first) return 0;
  const { from, to } = first;
  return deps.db.transaction().execute(async (trx) => {
    const moved = await trx
      .updateTable('contracts')
      .set((eb) => ({
        status: to,
        updated_at: isoNow(deps.clock),
        version: eb('version', '+', 1),
      }))
      .where(
        'id',
        'in',
        batch.map((m) => m.id),
      )
      .where('status', '=', from)
      .returning(['id', 'workspace_id'])
      .execute();
    for (const c of moved) {
      const ctx = systemCtx(deps, c.workspace_id);
      await audit(trx, ctx, {
        action: `contract.${to}`,
        entityType: 'contract',
        entityId: c.id,
        changes: { status: { before: from, after: to } },
      });
      await recordEvent(trx, ctx, `contract.${to}`, { contractId: c.id });
    }
    return moved.length;
  });
}

/** An ended auto-renewing contract continues as a new one of the same length. */
function renew(deps: Deps, workspaceId: string, id: string, today: string): Promise<boolean> {
  const ctx = systemCtx(deps, workspaceId);
  return deps.db.transaction().execute(async (trx) => {
    const c = await getContractRow(trx, workspaceId, id);
    if (!c || dueStatus(c, today) !== 'renewed') return false;
    const startDate = dayAfter(c.end_date as string);
    const endDate = addDays(startDate, daysBetween(c.start_date, c.end_date as string));
    await copyContract(trx, ctx, c, { startDate, endDate, status: 'active' });
    await writeContract(trx, ctx, c, 'contract.renewed', { status: 'renewed' });
    await recordEvent(trx, ctx, 'contract.renewed', { contractId: id });
    return true;
  });
}
