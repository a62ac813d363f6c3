import type { Generated } from 'kysely';
import type { Json, Timestamp, Version } from '../../../db/column.ts';

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

/**
 * A line of a client's communication plan: keep in touch with this stakeholder through this
 * channel at least every so many days. When the last interaction with them is older than
 * that, the touchpoint is overdue and its owner is reminded.
 */
export type TouchpointTable = {
  id: string;
  workspace_id: string;
  client_id: string;
  contact_id: string;
  channel: InteractionKind;
  cadence_days: number;
  owner_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export type InteractionTables = { interactions: InteractionTable; touchpoints: TouchpointTable };

declare module '../../../db/tables.ts' {
  interface Tables extends InteractionTables {}
}
