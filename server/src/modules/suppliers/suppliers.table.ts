import type { Json, Timestamp, Version } from '../../db/column.ts';

export const supplierStatuses = [
  'prospect',
  'onboarding',
  'approved',
  'suspended',
  'blacklisted',
] as const;
export const riskTiers = ['low', 'medium', 'high', 'critical'] as const;
export type SupplierStatus = (typeof supplierStatuses)[number];
export type RiskTier = (typeof riskTiers)[number];

export type SupplierTable = {
  id: string;
  workspace_id: string;
  number: string;
  name: string;
  legal_name: string | null;
  country: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  /** Service types offered, e.g. IT operations, BPO, testing. */
  categories: Json<string[]>;
  skills: Json<string[]>;
  regions: Json<string[]>;
  languages: Json<string[]>;
  tax_id: string | null;
  /** Seen only with suppliers:bank. */
  bank_name: string | null;
  bank_account: string | null;
  bank_swift: string | null;
  status: SupplierStatus;
  status_reason: string | null;
  risk_tier: RiskTier | null;
  /** The due-diligence answers the risk tier was derived from, and who assessed it when. */
  due_diligence: Json<DueDiligence> | null;
  risk_assessed_by: string | null;
  risk_assessed_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export const qualificationKinds = [
  'iso27001',
  'iso9001',
  'cmmi',
  'licence',
  'insurance',
  'other',
] as const;
export type QualificationKind = (typeof qualificationKinds)[number];

export type SupplierQualificationTable = {
  id: string;
  workspace_id: string;
  supplier_id: string;
  kind: QualificationKind;
  name: string;
  number: string | null;
  issuer: string | null;
  valid_from: string | null;
  /** Null: does not expire. */
  valid_to: string | null;
  /** An expired mandatory qualification flags the supplier. */
  mandatory: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export const dataSensitivities = ['none', 'internal', 'confidential', 'personal'] as const;
export const financialHealths = ['strong', 'adequate', 'weak'] as const;

/** The due-diligence questionnaire. */
export type DueDiligence = {
  /** The most sensitive data the work touches. */
  dataSensitivity: (typeof dataSensitivities)[number];
  accessToClientSystems: boolean;
  subcontractsFurther: boolean;
  worksOffshore: boolean;
  securityCertified: boolean;
  financialHealth: (typeof financialHealths)[number];
};

export const onboardingKinds = ['document', 'questionnaire', 'reference', 'other'] as const;
export type OnboardingKind = (typeof onboardingKinds)[number];

/** A step every supplier completes before approval; the questionnaire step is answered, not ticked. */
export type OnboardingItemTable = {
  id: string;
  workspace_id: string;
  label: string;
  kind: OnboardingKind;
  required: boolean;
  position: number;
  created_at: Timestamp;
  created_by: string | null;
};

export type SupplierOnboardingTable = {
  supplier_id: string;
  item_id: string;
  workspace_id: string;
  note: string | null;
  done_by: string | null;
  done_at: Timestamp;
};

export const supplierContactRoles = [
  'account',
  'delivery',
  'billing',
  'security',
  'other',
] as const;
export type SupplierContactRole = (typeof supplierContactRoles)[number];

/** Someone at the supplier: who runs the account, the delivery, billing or security. */
export type SupplierContactTable = {
  id: string;
  workspace_id: string;
  supplier_id: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  role: SupplierContactRole;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export type SupplierTables = {
  supplier_contacts: SupplierContactTable;
  onboarding_items: OnboardingItemTable;
  supplier_onboarding: SupplierOnboardingTable;
  suppliers: SupplierTable;
  supplier_qualifications: SupplierQualificationTable;
};

declare module '../../db/tables.ts' {
  interface Tables extends SupplierTables {}
}
