import type { Json, Timestamp } from '../../db/column.ts';

/**
 * A message to one user in one workspace. Its words come from the web app's translations of
 * `kind`, filled with `params`, so each reader sees it in their own language.
 */
export type NotificationTable = {
  id: string;
  workspace_id: string;
  user_id: string;
  kind: string;
  params: Json<Record<string, string | number>>;
  /** The app path it is about, e.g. /contracts/…. */
  link: string | null;
  /** The same reminder is never sent twice to the same person. */
  unique_key: string;
  read_at: Timestamp | null;
  created_at: Timestamp;
};

export type NotificationTables = { notifications: NotificationTable };

declare module '../../db/tables.ts' {
  interface Tables extends NotificationTables {}
}
