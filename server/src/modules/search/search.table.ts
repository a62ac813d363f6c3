import type { Generated } from 'kysely';

export const searchEntityTypes = ['client', 'contact', 'supplier', 'contract'] as const;
export type SearchEntityType = (typeof searchEntityTypes)[number];

/** Kept by database triggers on the searched tables (migration 0014); never written here. */
export type SearchDocumentTable = {
  id: Generated<number>;
  entity_id: string;
  workspace_id: string;
  entity_type: SearchEntityType;
  number: string | null;
  title: string;
  subtitle: string | null;
  client_id: string | null;
  supplier_id: string | null;
  text: string;
};

/** SQLite only: the FTS5 trigram index over the documents' text, by document id (rowid). */
export type SearchFtsTable = { rowid: number; text: string };

export type SearchTables = { search_documents: SearchDocumentTable; search_fts: SearchFtsTable };

declare module '../../db/tables.ts' {
  interface Tables extends SearchTables {}
}
