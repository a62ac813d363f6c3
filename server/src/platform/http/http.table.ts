import type { Timestamp } from '../../db/column.ts';

export type IdempotencyKeyTable = {
  actor_key: string;
  key: string;
  request_hash: string;
  status_code: number;
  response: string;
  created_at: Timestamp;
};

export type HttpTables = { idempotency_keys: IdempotencyKeyTable };

declare module '../../db/tables.ts' {
  interface Tables extends HttpTables {}
}
