import type { ColumnType } from 'kysely';
import type { Timestamp, Version } from '../../db/column.ts';
import type { RateUnit } from '../contracts/index.ts';

/**
 * A week's time of one person on one project moves as a whole: draft → submitted → (for a
 * supplier worker whose supplier approves: supplier approved) → approved, or back as rejected.
 */
export const timesheetStatuses = [
  'draft',
  'submitted',
  'supplier_approved',
  'approved',
  'rejected',
] as const;
export type TimesheetStatus = (typeof timesheetStatuses)[number];
/** A person may change their hours only while the week is in one of these. */
export const editableStatuses: readonly TimesheetStatus[] = ['draft', 'rejected'];

export type TimesheetTable = {
  id: string;
  workspace_id: string;
  person_id: string;
  project_id: string;
  /** The Monday the week starts on. */
  week_start: string;
  status: TimesheetStatus;
  /** Fixed at submission: whether the worker's supplier approves before the project manager. */
  needs_supplier_approval: boolean;
  submitted_at: Timestamp | null;
  supplier_approved_by: string | null;
  supplier_approved_at: Timestamp | null;
  approved_by: string | null;
  approved_at: Timestamp | null;
  /** Why the week was last rejected or reopened. */
  rejection_reason: string | null;
  /** The week's logged and billable minutes, kept with its entries. */
  minutes: number;
  billable_minutes: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

/**
 * Hours on a day. When its week is approved the entry is priced twice, and the prices are kept
 * as they were then: what the client is billed (their contract's rate for the person's role)
 * and what the hours cost (the person's cost rate or their supplier's), each with its rate to
 * the base currency. Later rate changes never reach an approved entry.
 */
export type TimeEntryTable = {
  id: string;
  workspace_id: string;
  timesheet_id: string;
  person_id: string;
  project_id: string;
  task_id: string | null;
  day: string;
  minutes: number;
  billable: boolean;
  note: string | null;
  /** The booked position the entry was priced for. */
  position_id: string | null;
  bill_rate_minor: number | null;
  bill_rate_unit: RateUnit | null;
  bill_currency: string | null;
  bill_minor: number | null;
  bill_fx_rate: string | null;
  bill_base_minor: number | null;
  cost_rate_minor: number | null;
  cost_rate_unit: RateUnit | null;
  cost_currency: string | null;
  cost_minor: number | null;
  cost_fx_rate: string | null;
  cost_base_minor: number | null;
  /**
   * The invoice that bills the entry, set and cleared by finance through `markInvoiced` and
   * `releaseInvoiced`: while set, the entry's week is not reopened.
   */
  invoice_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
};

export type TimeTables = {
  timesheets: TimesheetTable;
  time_entries: TimeEntryTable;
};

declare module '../../db/tables.ts' {
  interface Tables extends TimeTables {}
}
