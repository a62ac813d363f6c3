import type { Timestamp, Version } from '../../../db/column.ts';

export const requirementPriorities = ['low', 'medium', 'high', 'critical'] as const;
export const requirementStatuses = [
  'new',
  'analysing',
  'accepted',
  'delivered',
  'rejected',
] as const;
export const requirementSources = [
  'meeting',
  'mail',
  'rfp',
  'workshop',
  'ticket',
  'other',
] as const;
export type RequirementPriority = (typeof requirementPriorities)[number];
export type RequirementStatus = (typeof requirementStatuses)[number];
export type RequirementSource = (typeof requirementSources)[number];

/** A need the client has told us about, tracked until it is delivered or turned down. */
export type RequirementTable = {
  id: string;
  workspace_id: string;
  client_id: string;
  number: string;
  title: string;
  description: string;
  priority: RequirementPriority;
  status: RequirementStatus;
  source: RequirementSource;
  opportunity_id: string | null;
  contract_id: string | null;
  owner_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export type RequirementTables = { requirements: RequirementTable };

declare module '../../../db/tables.ts' {
  interface Tables extends RequirementTables {}
}
