import type { Generated } from 'kysely';
import type { Json, Timestamp } from '../../db/column.ts';

export type EventTable = {
  id: string;
  workspace_id: string | null;
  type: string;
  payload: Json<Record<string, unknown>>;
  created_at: Timestamp;
  dispatched_at: Timestamp | null;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
};

export type EventTables = { events: EventTable };

declare module '../../db/tables.ts' {
  interface Tables extends EventTables {}
}
