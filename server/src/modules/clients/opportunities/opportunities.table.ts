import type { Timestamp, Version } from '../../../db/column.ts';

export const opportunityStages = [
  'lead',
  'qualified',
  'proposal',
  'negotiation',
  'won',
  'lost',
] as const;
export type OpportunityStage = (typeof opportunityStages)[number];
export const closedStages: readonly OpportunityStage[] = ['won', 'lost'];

export type OpportunityTable = {
  id: string;
  workspace_id: string;
  client_id: string;
  number: string;
  title: string;
  stage: OpportunityStage;
  amount_minor: number;
  currency: string;
  probability: number;
  expected_close: string | null;
  owner_id: string | null;
  loss_reason: string | null;
  closed_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

/**
 * The workspace's pipeline kept as running totals per stage and currency, changed in the same
 * transaction as each opportunity, so the summary reads a handful of rows at any size.
 */
export type PipelineTotalTable = {
  workspace_id: string;
  stage: OpportunityStage;
  currency: string;
  count: number;
  amount_minor: number;
  /** Sum of amount × probability (percent): weighted value in hundredths of a minor unit. */
  weighted_hundredths: number;
};

export type OpportunityTables = {
  opportunities: OpportunityTable;
  pipeline_totals: PipelineTotalTable;
};

declare module '../../../db/tables.ts' {
  interface Tables extends OpportunityTables {}
}
