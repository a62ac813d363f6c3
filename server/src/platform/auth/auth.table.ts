import type { Generated } from 'kysely';
import type { Timestamp, Version } from '../../db/column.ts';

export type UserTable = {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  locale: string;
  time_zone: string;
  totp_secret: string | null;
  totp_enabled: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
};

export type SessionTable = {
  id: string;
  user_id: string;
  token_hash: string;
  workspace_id: string | null;
  ip: string | null;
  user_agent: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
};

export type ApiTokenTable = {
  id: string;
  workspace_id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
};

export type OneTimeTokenPurpose = 'password_reset' | 'totp_recovery';

export type OneTimeTokenTable = {
  id: string;
  user_id: string;
  purpose: OneTimeTokenPurpose;
  token_hash: string;
  expires_at: Timestamp | null;
  used_at: Timestamp | null;
  created_at: Timestamp;
};

export type LoginFailureTable = { id: string; email: string; ip: string; at: Timestamp };

export type AuthTables = {
  users: UserTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  one_time_tokens: OneTimeTokenTable;
  login_failures: LoginFailureTable;
};

declare module '../../db/tables.ts' {
  interface Tables extends AuthTables {}
}
