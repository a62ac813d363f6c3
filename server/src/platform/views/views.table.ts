import type { Json, Timestamp } from '../../db/column.ts';

/** A named set of a list's filters and sort, kept by one user and perhaps shared. */
export type SavedViewTable = {
  id: string;
  workspace_id: string;
  user_id: string;
  /** Which list it filters, e.g. "clients"; the web app names its lists. */
  list: string;
  name: string;
  /** The list's query parameters, as the API takes them. */
  filter: Json<Record<string, string>>;
  /** Shared views show to everyone in the workspace; only their author deletes them. */
  shared: boolean;
  created_at: Timestamp;
};

export type ViewTables = { saved_views: SavedViewTable };

declare module '../../db/tables.ts' {
  interface Tables extends ViewTables {}
}
