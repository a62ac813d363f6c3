import type { Generated } from 'kysely';
import type { Json, Timestamp } from '../../db/column.ts';

export type JobTable = {
  id: string;
  name: string;
  payload: Json<Record<string, unknown>>;
  /** Set for scheduled runs (`name@slot`), so many servers create each run once. */
  unique_key: string | null;
  run_at: Timestamp;
  locked_until: Timestamp | null;
  /** When the latest attempt began. */
  started_at: Timestamp | null;
  attempts: Generated<number>;
  done_at: Timestamp | null;
  failed_at: Timestamp | null;
  last_error: string | null;
  created_at: Timestamp;
};

export type JobTables = { jobs: JobTable };

declare module '../../db/tables.ts' {
  interface Tables extends JobTables {}
}
