import type { Timestamp, Version } from '../../../db/column.ts';
import type { WorkerDocument } from '../../settings/index.ts';

export const absenceKinds = ['leave', 'training', 'other'] as const;
export const absenceStatuses = ['requested', 'approved', 'rejected'] as const;
export type AbsenceKind = (typeof absenceKinds)[number];
export type AbsenceStatus = (typeof absenceStatuses)[number];

/** Whole days a person is away. Leave waits for approval; approved days leave capacity. */
export type PersonAbsenceTable = {
  id: string;
  workspace_id: string;
  person_id: string;
  kind: AbsenceKind;
  start_date: string;
  end_date: string;
  status: AbsenceStatus;
  note: string | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

/** A certification, or one of the documents a supplier worker's access depends on. */
export const credentialKinds = ['certification', 'nda', 'dpa', 'background_check'] as const;
export type CredentialKind = 'certification' | WorkerDocument;

export type PersonCredentialTable = {
  id: string;
  workspace_id: string;
  person_id: string;
  kind: CredentialKind;
  name: string;
  issuer: string | null;
  reference: string | null;
  issued_on: string | null;
  /** Null: does not expire. */
  expires_on: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export type AvailabilityTables = {
  person_absences: PersonAbsenceTable;
  person_credentials: PersonCredentialTable;
};

declare module '../../../db/tables.ts' {
  interface Tables extends AvailabilityTables {}
}
