import type { Json, Timestamp } from '../../db/column.ts';

export type ActorType = 'user' | 'api_token' | 'system' | 'anonymous';
export type FieldChanges = Record<string, { before?: unknown; after?: unknown }>;

export type AuditEntryTable = {
  id: string;
  chain: string;
  seq: number;
  workspace_id: string | null;
  at: Timestamp;
  actor_type: ActorType;
  actor_id: string | null;
  actor_label: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  changes: Json<FieldChanges> | null;
  request_id: string | null;
  ip: string | null;
  prev_hash: string;
  hash: string;
};

export type AuditHeadTable = { chain: string; seq: number; last_hash: string };

/** A chain's length and last hash at `at`, signed with the server secret. */
export type AuditCheckpointTable = {
  id: string;
  chain: string;
  seq: number;
  hash: string;
  at: Timestamp;
  signature: string;
};

export type AuditTables = {
  audit_entries: AuditEntryTable;
  audit_heads: AuditHeadTable;
  audit_checkpoints: AuditCheckpointTable;
};

declare module '../../db/tables.ts' {
  interface Tables extends AuditTables {}
}
