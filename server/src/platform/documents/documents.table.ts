import type { Timestamp } from '../../db/column.ts';

/** A named file on one record (a contract, a qualification…), kept in numbered versions. */
export type DocumentTable = {
  id: string;
  workspace_id: string;
  /** Which kind of record holds it, as registered by the module that owns that record. */
  owner_type: string;
  owner_id: string;
  /** The owner's own vocabulary, e.g. a contract's signed copy or annex. */
  category: string;
  name: string;
  latest_version: number;
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
};

/** One uploaded file; never changed after upload, so a download always matches its hash. */
export type DocumentVersionTable = {
  document_id: string;
  version: number;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_at: Timestamp;
  uploaded_by: string | null;
};

export type DocumentContentTable = {
  document_id: string;
  version: number;
  content: Uint8Array;
};

export type DocumentTables = {
  documents: DocumentTable;
  document_versions: DocumentVersionTable;
  document_contents: DocumentContentTable;
};

declare module '../../db/tables.ts' {
  interface Tables extends DocumentTables {}
}
