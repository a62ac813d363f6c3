import type { Generated } from 'kysely';
import type { Timestamp, Version } from '../../db/column.ts';

export type WorkspaceTable = {
  id: string;
  name: string;
  base_currency: string;
  /** The default language and zone of its mail and days for members who have not chosen. */
  locale: Generated<'zh-CN' | 'en-US'>;
  time_zone: Generated<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export type MemberStatus = 'active' | 'disabled';
export type PartyType = 'client' | 'supplier';
/** A supplier worker's access lapses with their supplier contract or a mandatory document. */
export type ComplianceHold = 'contract' | 'documents';

export type MemberTable = {
  id: string;
  workspace_id: string;
  user_id: string;
  role_id: string;
  /** Kept equal to users.name (see renameMember) so the list sorts by index. */
  name: string;
  status: MemberStatus;
  party_type: PartyType | null;
  party_id: string | null;
  /** Why the compliance job disabled this member; null when it did not. */
  compliance_hold: ComplianceHold | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export type InvitationStatus = 'pending' | 'accepted' | 'revoked';

export type InvitationTable = {
  id: string;
  workspace_id: string;
  email: string;
  role_id: string;
  token_hash: string;
  status: InvitationStatus;
  expires_at: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export type CounterTable = { workspace_id: string; key: string; value: number };

export type WorkspaceTables = {
  workspaces: WorkspaceTable;
  members: MemberTable;
  invitations: InvitationTable;
  counters: CounterTable;
};

declare module '../../db/tables.ts' {
  interface Tables extends WorkspaceTables {}
}
