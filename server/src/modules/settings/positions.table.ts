import type { Timestamp, Version } from '../../db/column.ts';

/**
 * A position the workspace staffs and prices: "Java developer", "服务台工程师". Rate cards price
 * a position at a seniority; bookings, staffing requests and people name one by id, so no price
 * ever hangs on how someone spelled a title.
 */
export type PositionTable = {
  id: string;
  workspace_id: string;
  name_zh: string;
  name_en: string;
  /** Retired positions stay on the records that name them and leave the pickers. */
  active: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export type PositionTables = { positions: PositionTable };

declare module '../../db/tables.ts' {
  interface Tables extends PositionTables {}
}
