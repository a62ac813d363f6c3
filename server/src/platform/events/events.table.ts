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

/** A subscriber's handling of an event, committed with what the handler changed. */
export type EventDeliveryTable = {
  event_id: string;
  subscriber: string;
  delivered_at: Timestamp;
};

export type EventTables = { events: EventTable; event_deliveries: EventDeliveryTable };

declare module '../../db/tables.ts' {
  interface Tables extends EventTables {}
}
