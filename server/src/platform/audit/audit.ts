import type { Executor } from '../../db/database.ts';
import { isoNow } from '../clock.ts';
import type { Ctx } from '../context.ts';
import { newId } from '../ids.ts';
import { advanceHead, appendEntry } from './audit.repository.ts';
import type { FieldChanges } from './audit.table.ts';
import { chainOf, entryHash } from './audit-chain.ts';

export type AuditInput = {
  action: string;
  entityType?: string;
  entityId?: string;
  changes?: FieldChanges;
  /** Defaults to the caller's workspace; null writes to the system chain (e.g. failed logins). */
  workspaceId?: string | null;
};

/** Writes one entry in the caller's transaction: the mutation and its audit commit together. */
export async function audit(trx: Executor, ctx: Ctx, input: AuditInput): Promise<void> {
  const workspaceId =
    input.workspaceId === undefined ? (ctx.membership?.workspaceId ?? null) : input.workspaceId;
  const chain = chainOf(workspaceId);
  const { seq, prevHash } = await advanceHead(trx, chain);
  const entry = {
    id: newId(),
    chain,
    seq,
    workspace_id: workspaceId,
    at: isoNow(ctx.clock),
    actor_type: ctx.actor.type,
    actor_id: ctx.actor.id,
    actor_label: ctx.actor.label,
    action: input.action,
    entity_type: input.entityType ?? null,
    entity_id: input.entityId ?? null,
    changes: input.changes ?? null,
    request_id: ctx.requestId,
    ip: ctx.ip,
    prev_hash: prevHash,
  };
  await appendEntry(trx, { ...entry, hash: entryHash(entry) });
}

/** Before/after of the fields that changed; unchanged fields are left out. */
export function diff<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): FieldChanges {
  const changes: FieldChanges = {};
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined) continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(value)) {
      changes[key] = { before: before[key], after: value };
    }
  }
  return changes;
}

export function created(values: Record<string, unknown>): FieldChanges {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, { after: v }]),
  );
}
