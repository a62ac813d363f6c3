import type { Json, Timestamp, Version } from '../../db/column.ts';

export const clientStatuses = ['prospect', 'active', 'inactive'] as const;
export const clientTiers = ['strategic', 'key', 'standard'] as const;
export const contactRelationships = [
  'decision_maker',
  'sponsor',
  'technical',
  'billing',
  'other',
] as const;

export type ClientStatus = (typeof clientStatuses)[number];
export type ClientTier = (typeof clientTiers)[number];
export type ContactRelationship = (typeof contactRelationships)[number];

export type ClientTable = {
  id: string;
  workspace_id: string;
  number: string;
  name: string;
  legal_name: string | null;
  industry: string | null;
  country: string | null;
  tier: ClientTier;
  status: ClientStatus;
  owner_id: string | null;
  tags: Json<string[]>;
  tax_id: string | null;
  billing_email: string | null;
  billing_address: string | null;
  billing_phone: string | null;
  /** Bank and account number (开户行及账号). */
  billing_bank: string | null;
  /** What the client may owe us, in base currency, before new work is questioned. */
  credit_limit_minor: number | null;
  payment_terms_days: number | null;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export type ContactTable = {
  id: string;
  workspace_id: string;
  client_id: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  language: string | null;
  time_zone: string | null;
  relationship: ContactRelationship;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export type ClientTables = { clients: ClientTable; contacts: ContactTable };

declare module '../../db/tables.ts' {
  interface Tables extends ClientTables {}
}
