import type { Json, Timestamp, Version } from '../../db/column.ts';
import type { Seniority } from '../contracts/index.ts';

export const personKinds = ['employee', 'supplier_worker'] as const;
export const personStatuses = ['active', 'on_leave', 'left'] as const;
export const languageLevels = ['basic', 'working', 'fluent', 'native'] as const;
export type PersonKind = (typeof personKinds)[number];
export type PersonStatus = (typeof personStatuses)[number];
export type LanguageLevel = (typeof languageLevels)[number];
export type PersonLanguage = { code: string; level: LanguageLevel };

/**
 * Someone who can do the work: one of our employees, or a worker of a supplier under that
 * supplier's contract. May also be a user of the workspace.
 */
export type PersonTable = {
  id: string;
  workspace_id: string;
  number: string;
  kind: PersonKind;
  name: string;
  email: string | null;
  /** What they do, from the positions catalogue: with the grade, it prices a supplier worker. */
  position_id: string | null;
  department: string | null;
  grade: Seniority | null;
  manager_id: string | null;
  location: string | null;
  time_zone: string | null;
  calendar_id: string | null;
  languages: Json<PersonLanguage[]>;
  start_date: string | null;
  end_date: string | null;
  status: PersonStatus;
  /** Supplier workers only: whose worker and under which supplier contract. */
  supplier_id: string | null;
  supplier_contract_id: string | null;
  /** The workspace member this person signs in as, if any. */
  user_id: string | null;
  hours_per_week: number;
  part_time_percent: number;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

/** An employee's hourly cost from a day on; seen only with people:cost. */
export type PersonCostRateTable = {
  id: string;
  workspace_id: string;
  person_id: string;
  rate_minor: number;
  currency: string;
  effective_from: string;
  created_at: Timestamp;
  created_by: string | null;
};

export type PeopleTables = {
  people: PersonTable;
  person_cost_rates: PersonCostRateTable;
};

/** A skill of the workspace's catalogue, named in both languages, found by its synonyms too. */
export type SkillTable = {
  id: string;
  workspace_id: string;
  category: string;
  name_zh: string;
  name_en: string;
  synonyms: Json<string[]>;
  active: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

/** How well a person has a skill; verified once a manager confirms it. */
export type PersonSkillTable = {
  workspace_id: string;
  person_id: string;
  skill_id: string;
  /** 1 (aware) to 5 (expert). */
  proficiency: number;
  years: number | null;
  last_used: string | null;
  verified: boolean;
  verified_by: string | null;
  verified_at: Timestamp | null;
  updated_at: Timestamp;
};

export type SkillTables = { skills: SkillTable; person_skills: PersonSkillTable };

declare module '../../db/tables.ts' {
  interface Tables extends PeopleTables, SkillTables {}
}
