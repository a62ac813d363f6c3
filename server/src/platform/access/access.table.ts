import type { Json, Timestamp, Version } from '../../db/column.ts';

export type RoleTable = {
  id: string;
  workspace_id: string;
  key: string;
  name: string;
  builtin: boolean;
  permissions: Json<string[]>;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export type AccessTables = { roles: RoleTable };

declare module '../../db/tables.ts' {
  interface Tables extends AccessTables {}
}
