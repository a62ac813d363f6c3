import type { Json, Timestamp, Version } from '../../../db/column.ts';
import type { PriorityMatrix } from './priority-matrix.ts';

/** How a workspace's desk runs; absent, the defaults (ITIL's priority matrix). */
export type DeskSettingsTable = {
  workspace_id: string;
  priority_matrix: Json<PriorityMatrix>;
  updated_at: Timestamp;
  updated_by: string | null;
  version: Version;
};

export type DeskSettingsTables = { desk_settings: DeskSettingsTable };

declare module '../../../db/tables.ts' {
  interface Tables extends DeskSettingsTables {}
}
