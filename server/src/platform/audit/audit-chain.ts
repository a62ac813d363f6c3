import { canonicalJson } from '../canonical-json.ts';
import { sha256 } from '../crypto.ts';
import type { AuditEntryTable } from './audit.table.ts';

export const GENESIS_HASH = '0'.repeat(64);

export const chainOf = (workspaceId: string | null): string =>
  workspaceId ? `ws:${workspaceId}` : 'system';

type HashedFields = Omit<AuditEntryTable, 'hash' | 'changes'> & { changes: unknown };

/** Each entry's hash covers its own fields and the previous entry's hash. */
export function entryHash(entry: HashedFields): string {
  const { id, chain, seq, workspace_id, at, actor_type, actor_id, actor_label, action } = entry;
  const { entity_type, entity_id, changes, request_id, ip, prev_hash } = entry;
  const body = canonicalJson({
    id,
    chain,
    seq,
    workspace_id,
    at,
    actor_type,
    actor_id,
    actor_label,
    action,
    entity_type,
    entity_id,
    changes,
    request_id,
    ip,
  });
  return sha256(`${prev_hash}\n${body}`);
}
