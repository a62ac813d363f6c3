import type { Generated } from 'kysely';
import type { Json, Timestamp, Version } from '../../db/column.ts';
import type { PartyType } from '../../platform/workspaces/workspaces.table.ts';

export const contractTypes = ['msa', 'sow', 'nda', 'dpa', 'framework', 'purchase'] as const;
export const contractStatuses = [
  'draft',
  'in_review',
  'approved',
  'signed',
  'active',
  'expiring',
  'renewed',
  'terminated',
  'expired',
] as const;
/** A contract in force: signed and not yet ended, renewed or terminated. */
export const slaPriorityChanges = ['retroactive', 'restart'] as const;
export type SlaPriorityChange = (typeof slaPriorityChanges)[number];

export const inForceStatuses = ['signed', 'active', 'expiring'] as const;
/** A contract that was signed, whether in force now or ended since. */
export const signedStatuses = [...inForceStatuses, 'renewed', 'terminated', 'expired'] as const;
export const billingModels = [
  'fixed_price',
  'time_and_materials',
  'milestone',
  'retainer',
] as const;
/**
 * When a supplier contract's bills may be paid: once approved; once the client accepted the
 * deliverable the billed work belongs to (pay when accepted); or once the client paid the
 * invoice that billed the same hours (pay when paid).
 */
export const paymentReleases = ['on_approval', 'client_acceptance', 'client_payment'] as const;
export type PaymentRelease = (typeof paymentReleases)[number];
/** How a client contract's invoices show time: a line per role and rate, or per person and day. */
export const invoiceDetails = ['summary', 'detail'] as const;
export type InvoiceDetail = (typeof invoiceDetails)[number];
/** How often a retainer's prepaid block renews; unused hours expire at each period's end. */
export const retainerPeriods = ['term', 'month', 'quarter'] as const;
export type RetainerPeriod = (typeof retainerPeriods)[number];
export type ContractType = (typeof contractTypes)[number];
export type ContractStatus = (typeof contractStatuses)[number];
export type BillingModel = (typeof billingModels)[number];

export type FeeScheduleItem = { date: string; amountMinor: number; label: string };
export type Signatory = { name: string; title: string | null; side: 'us' | 'counterparty' };

export type ContractTable = {
  id: string;
  workspace_id: string;
  number: string;
  /** Whose contract this is: with a client (we deliver) or with a supplier (they deliver). */
  party_type: PartyType;
  client_id: string | null;
  supplier_id: string | null;
  type: ContractType;
  /** The MSA or framework a SOW or purchase agreement sits under. */
  parent_id: string | null;
  opportunity_id: string | null;
  /** The contract this one renews; that one becomes renewed when this one is signed. */
  renews_id: string | null;
  title: string;
  owner_id: string | null;
  currency: string;
  value_minor: number;
  start_date: string;
  end_date: string | null;
  auto_renew: boolean;
  notice_days: number;
  payment_terms_days: number;
  billing_model: BillingModel;
  /** Time and materials: the most that may be billed. */
  cap_minor: number | null;
  /** Retainer: the prepaid hours. */
  hour_block: number | null;
  /** Fixed price: when each part of the value falls due. */
  fee_schedule: Json<FeeScheduleItem[]>;
  /** Supplier contracts: when their bills may be paid. */
  payment_release: Generated<PaymentRelease>;
  /** Client contracts: how their invoices show time. */
  invoice_detail: Generated<InvoiceDetail>;
  /** Client contracts: what re-billed expenses carry on top, as a fraction: '0.10'. */
  expense_markup: Generated<string>;
  /** Retainers: the block renews per period; hours past it are billed as overage or refused. */
  retainer_period: Generated<RetainerPeriod>;
  retainer_overage: Generated<boolean>;
  scope: string;
  /** The working calendar SLA times on this contract are measured on. */
  calendar_id: string | null;
  /** A ticket's priority change: its clocks carry the time run over, or start again. */
  sla_priority_change: SlaPriorityChange;
  /** How many working minutes waits may pause a clock in all; past them it runs. None: no cap. */
  sla_pause_cap_minutes: number | null;
  status: ContractStatus;
  status_reason: string | null;
  /** Each submission for review is a new round; approvals count within it. */
  review_round: number;
  /** Fixed at submission from the workspace's approval rules. */
  approvals_required: number;
  finance_required: boolean;
  submitted_by: string | null;
  signed_on: string | null;
  signatories: Json<Signatory[]>;
  /** One unit of the contract currency in the base currency, locked at signing. */
  fx_rate: string | null;
  fx_date: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export type ApprovalRuleTable = {
  id: string;
  workspace_id: string;
  /** Null: every type. */
  contract_type: ContractType | null;
  /** In the base currency's minor units: the rule applies from this value up. */
  min_value_minor: number;
  approvers: number;
  finance_required: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export type ApprovalDecision = 'approved' | 'rejected';

export type ContractApprovalTable = {
  id: string;
  workspace_id: string;
  contract_id: string;
  /** Set when the decision is on an amendment of the contract rather than the contract. */
  amendment_id: string | null;
  /** Rounds are numbered per contract, across the contract and its amendments. */
  round: number;
  user_id: string;
  decision: ApprovalDecision;
  comment: string | null;
  /** Whether the approver held finance:approve when deciding. */
  finance: boolean;
  created_at: Timestamp;
};

export const seniorities = ['junior', 'intermediate', 'senior', 'lead', 'principal'] as const;
export const rateUnits = ['hour', 'day'] as const;
export type Seniority = (typeof seniorities)[number];
export type RateUnit = (typeof rateUnits)[number];

export type ContractRateTable = {
  id: string;
  workspace_id: string;
  /** Null: the workspace's default rate card. */
  contract_id: string | null;
  /** The position priced, from the workspace catalogue. */
  position_id: string;
  seniority: Seniority;
  unit: RateUnit;
  rate_minor: number;
  currency: string;
  effective_from: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export const slaMetrics = [
  'first_response_time',
  'resolution_time',
  'availability',
  'on_time_delivery',
  'defect_rate',
  'csat',
] as const;
export const slaPriorities = ['p1', 'p2', 'p3', 'p4'] as const;
export const measurementWindows = ['month', 'quarter'] as const;
export type SlaMetric = (typeof slaMetrics)[number];
export type SlaPriority = (typeof slaPriorities)[number];
export type MeasurementWindow = (typeof measurementWindows)[number];

export type ContractSlaTable = {
  id: string;
  workspace_id: string;
  contract_id: string;
  metric: SlaMetric;
  /** Response and resolution targets are per ticket priority. */
  priority: SlaPriority | null;
  /** Minutes for times, percent for rates, 1–5 for CSAT. */
  target: number;
  measurement_window: MeasurementWindow;
  /** Percent of the period fee credited per unit missed... */
  credit_percent: number;
  /** ...up to this percent of the period fee. */
  credit_cap_percent: number;
  /** Set when flowed down from a client contract's SLA. */
  source_sla_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export type ContractLinkTable = {
  id: string;
  workspace_id: string;
  client_contract_id: string;
  supplier_contract_id: string;
  created_at: Timestamp;
  created_by: string | null;
};

export const amendmentStatuses = ['draft', 'in_review', 'approved', 'signed'] as const;
export type AmendmentStatus = (typeof amendmentStatuses)[number];

/** A new version of a rate, or a service level, as an amendment carries them. */
export type RateVersion = {
  positionId: string;
  seniority: Seniority;
  unit: RateUnit;
  rateMinor: number;
  effectiveFrom: string;
};
export type SlaTerms = {
  metric: SlaMetric;
  priority?: SlaPriority | null;
  target: number;
  measurementWindow: MeasurementWindow;
  creditPercent: number;
  creditCapPercent: number;
};

/** What an amendment changes; absent fields stay as they are. */
export type AmendmentChanges = {
  valueMinor?: number;
  capMinor?: number | null;
  startDate?: string;
  endDate?: string | null;
  noticeDays?: number;
  autoRenew?: boolean;
  scope?: string;
  /** New rate versions, added to the rate card. */
  rates?: RateVersion[];
  /** The contract's SLAs after the amendment, replacing its own (not flowed-down) ones. */
  slas?: SlaTerms[];
};

export type ContractAmendmentTable = {
  id: string;
  workspace_id: string;
  contract_id: string;
  /** 1, 2, 3… per contract: the contract's version after it is signed is seq + 1. */
  seq: number;
  title: string;
  reason: string;
  changes: Json<AmendmentChanges>;
  /** The contract's values of the changed fields just before signing, for the diff. */
  before: Json<AmendmentChanges> | null;
  status: AmendmentStatus;
  status_reason: string | null;
  review_round: number;
  approvals_required: number;
  finance_required: boolean;
  submitted_by: string | null;
  signed_on: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export type ContractTables = {
  contract_amendments: ContractAmendmentTable;
  contracts: ContractTable;
  contract_approval_rules: ApprovalRuleTable;
  contract_approvals: ContractApprovalTable;
  contract_rates: ContractRateTable;
  contract_slas: ContractSlaTable;
  contract_links: ContractLinkTable;
};

declare module '../../db/tables.ts' {
  interface Tables extends ContractTables {}
}
