import type { Generated } from 'kysely';
import type { Json, Timestamp, Version } from '../../db/column.ts';

export const interactionKinds = ['meeting', 'call', 'mail', 'visit'] as const;
export type InteractionKind = (typeof interactionKinds)[number];

export type InteractionTable = {
  id: string;
  workspace_id: string;
  client_id: string;
  kind: InteractionKind;
  occurred_at: Timestamp;
  subject: string;
  notes: string | null;
  /** The client's contacts who took part. */
  contact_ids: Json<string[]>;
  owner_id: string | null;
  next_step: string | null;
  next_step_due: string | null;
  next_step_done: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export type InteractionTables = { interactions: InteractionTable };
