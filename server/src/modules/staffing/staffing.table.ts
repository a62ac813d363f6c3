import type { Json, Timestamp, Version } from '../../db/column.ts';
import type { Seniority } from '../contracts/index.ts';
import type { PersonLanguage } from '../people/index.ts';

export const requestStatuses = ['open', 'filled', 'cancelled'] as const;
export type RequestStatus = (typeof requestStatuses)[number];
export const assignmentStatuses = ['proposed', 'confirmed'] as const;
export type AssignmentStatus = (typeof assignmentStatuses)[number];

/** Someone to find: for a project or an opportunity, with the skills and window it needs. */
export type StaffingRequestTable = {
  id: string;
  workspace_id: string;
  number: string;
  position_id: string;
  seniority: Seniority | null;
  opportunity_id: string | null;
  project_id: string | null;
  languages: Json<PersonLanguage[]>;
  location: string | null;
  /** Acceptable UTC offsets of the person's time zone, in minutes (inclusive). */
  utc_offset_min: number | null;
  utc_offset_max: number | null;
  hours_per_week: number;
  start_date: string;
  end_date: string;
  /** The most an hour of this person may cost, in `currency`'s minor units. */
  max_rate_minor: number | null;
  currency: string | null;
  headcount: number;
  status: RequestStatus;
  notes: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export type StaffingRequestSkillTable = {
  workspace_id: string;
  request_id: string;
  skill_id: string;
  min_proficiency: number;
  /** Relative importance, 1–10. */
  weight: number;
};

/** A booking of a person's hours each week: proposed (soft) or confirmed (hard). */
export type AssignmentTable = {
  id: string;
  workspace_id: string;
  person_id: string;
  request_id: string | null;
  project_id: string | null;
  /** What they do on it: with their grade, it picks the client contract's rate. */
  position_id: string;
  start_date: string;
  end_date: string;
  hours_per_week: number;
  status: AssignmentStatus;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export type StaffingTables = {
  staffing_requests: StaffingRequestTable;
  staffing_request_skills: StaffingRequestSkillTable;
  assignments: AssignmentTable;
};

declare module '../../db/tables.ts' {
  interface Tables extends StaffingTables {}
}
