import type { Json, Timestamp, Version } from '../../db/column.ts';
import type { BillingModel } from '../contracts/index.ts';

export const phases = ['initiation', 'planning', 'execution', 'monitoring', 'closure'] as const;
export type Phase = (typeof phases)[number];
/** After closure a project is closed: read only. */
export type ProjectPhase = Phase | 'closed';
export const projectPhases = [...phases, 'closed'] as const;
export const healths = ['green', 'amber', 'red'] as const;
export type Health = (typeof healths)[number];
/** What earned value is earned from: each task's % complete, or the deliverables accepted. */
export const evMethods = ['percent_complete', 'deliverables'] as const;
export type EvMethod = (typeof evMethods)[number];

/**
 * What must be true before a project leaves a phase. Stored by key per project so each can be
 * ticked; the app names them in the reader's language.
 */
export const gateChecklist: Record<Phase, readonly string[]> = {
  initiation: ['charter_agreed', 'manager_named', 'budget_confirmed'],
  planning: ['work_breakdown', 'team_staffed', 'milestones_set'],
  execution: ['deliverables_produced', 'status_reported'],
  monitoring: ['acceptance_obtained', 'budget_reviewed'],
  closure: [
    'deliverables_accepted',
    'time_approved',
    'issues_closed',
    'lessons_recorded',
    'client_signed_off',
  ],
};
export const gateKeys = [...new Set(Object.values(gateChecklist).flat())];

export type Gates = Record<Phase, Record<string, boolean>>;

/** What a project's budget is spent on: own staff, suppliers' workers, goods, the rest. */
export const costCategories = ['labour', 'subcontract', 'materials', 'expenses'] as const;
export type CostCategory = (typeof costCategories)[number];
/** The share of the budget planned for one cost category. */
export type BudgetLine = { category: CostCategory; plannedMinor: number };
/** A measurable objective: what to reach, and where it stands. */
export type Goal = { objective: string; target: string; actual: string | null };

export type ProjectTable = {
  id: string;
  workspace_id: string;
  number: string;
  name: string;
  manager_id: string | null;
  /** Null for an internal project. */
  client_id: string | null;
  /** The signed client contract it delivers, if any. */
  contract_id: string | null;
  currency: string;
  billing_model: BillingModel | null;
  budget_minor: number;
  ev_method: EvMethod;
  /** The budget split by cost category; null until it is split. */
  budget_lines: Json<BudgetLine[]> | null;
  start_date: string;
  end_date: string;
  phase: ProjectPhase;
  health: Health;
  goals: Json<Goal[]>;
  gates: Json<Gates>;
  closed_at: Timestamp | null;
  /** The client's sign-off in the portal at closure, with their satisfaction (1–5). */
  signed_off_at: Timestamp | null;
  signed_off_by: string | null;
  sign_off_comment: string | null;
  client_satisfaction: number | null;
  /** The project's own evaluation at closure, 1–5 each. */
  schedule_score: number | null;
  cost_score: number | null;
  quality_score: number | null;
  evaluation_note: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export const taskStatuses = ['todo', 'in_progress', 'done'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

/** A piece of the work breakdown; tasks nest under a parent task. */
export type TaskTable = {
  id: string;
  workspace_id: string;
  project_id: string;
  parent_id: string | null;
  /** Order among its siblings. */
  position: number;
  name: string;
  estimate_hours: number;
  start_date: string;
  finish_date: string;
  status: TaskStatus;
  percent_complete: number;
  /** A person booked on the project. */
  assignee_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

/** Finish-to-start, start-to-start, finish-to-finish, start-to-finish. */
export const dependencyTypes = ['FS', 'SS', 'FF', 'SF'] as const;
export type DependencyType = (typeof dependencyTypes)[number];

export type TaskDependencyTable = {
  workspace_id: string;
  project_id: string;
  predecessor_id: string;
  successor_id: string;
  type: DependencyType;
  /** Working days after (or, negative, before) the link's point. */
  lag_days: number;
};

export const milestoneStatuses = ['open', 'completed'] as const;
export type MilestoneStatus = (typeof milestoneStatuses)[number];

export type MilestoneTable = {
  id: string;
  workspace_id: string;
  project_id: string;
  name: string;
  due_date: string;
  /** What the client is billed at this milestone, for milestone-billed contracts. */
  amount_minor: number | null;
  status: MilestoneStatus;
  completed_on: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export const issueSeverities = ['low', 'medium', 'high', 'critical'] as const;
export type IssueSeverity = (typeof issueSeverities)[number];
export const issueStatuses = ['open', 'in_progress', 'closed'] as const;
export type IssueStatus = (typeof issueStatuses)[number];

/** Something in the way of the project, with an owner and a day it should be dealt with by. */
export type ProjectIssueTable = {
  id: string;
  workspace_id: string;
  project_id: string;
  title: string;
  severity: IssueSeverity;
  owner_id: string | null;
  due_date: string | null;
  status: IssueStatus;
  /** What was done, once closed. */
  resolution: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

/** What was decided, by whom and when: kept as said, never edited. */
export type ProjectDecisionTable = {
  id: string;
  workspace_id: string;
  project_id: string;
  title: string;
  decision: string;
  decided_on: string;
  /** Who decided: a name, as it may be the client's steering committee. */
  decided_by: string;
  created_at: Timestamp;
  created_by: string | null;
};

/** A task's plan as a baseline froze it. */
export type BaselineTask = {
  taskId: string;
  name: string;
  start: string;
  finish: string;
  estimateHours: number;
};

/** The plan and budget as agreed at a point; variance is measured against the latest. */
export type ProjectBaselineTable = {
  id: string;
  workspace_id: string;
  project_id: string;
  /** 1 for the first baseline of the project, then 2, 3… */
  seq: number;
  name: string;
  budget_minor: number;
  end_date: string;
  tasks: Json<BaselineTask[]>;
  created_at: Timestamp;
  created_by: string | null;
};

export const deliverableStatuses = ['planned', 'submitted', 'accepted', 'rejected'] as const;
export type DeliverableStatus = (typeof deliverableStatuses)[number];

/**
 * Something the project hands the client, against criteria the client accepts it by. Each
 * rejection is counted: a quality signal for the scorecards.
 */
export type DeliverableTable = {
  id: string;
  workspace_id: string;
  project_id: string;
  name: string;
  acceptance_criteria: string;
  owner_id: string | null;
  due_date: string;
  /** Completed when the client accepts this deliverable. */
  milestone_id: string | null;
  status: DeliverableStatus;
  submission_note: string | null;
  submitted_at: Timestamp | null;
  decided_at: Timestamp | null;
  decided_by: string | null;
  decision_comment: string | null;
  rejection_count: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

/** A day's earned value figures of a project, kept by the daily job for the trend. */
export type ProjectProgressTable = {
  workspace_id: string;
  project_id: string;
  day: string;
  pv_minor: number;
  ev_minor: number;
  ac_minor: number;
};

export const reportStatuses = ['draft', 'published'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** What a status report states by itself, filled in when it is written. */
export type ReportFigures = {
  percentComplete: number;
  spi: number | null;
  cpi: number | null;
  milestonesDue: { name: string; dueDate: string }[];
  openIssues: number;
  overdueIssues: number;
  deliverablesWaiting: number;
};

/** A week's (or any day's) account of the project: red, amber or green on four counts. */
export type StatusReportTable = {
  id: string;
  workspace_id: string;
  project_id: string;
  period_end: string;
  scope: Health;
  schedule: Health;
  cost: Health;
  quality: Health;
  summary: string;
  figures: Json<ReportFigures>;
  status: ReportStatus;
  published_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

/** What a project taught, findable from every other project. */
export type LessonTable = {
  id: string;
  workspace_id: string;
  project_id: string;
  went_well: string;
  to_change: string;
  tags: Json<string[]>;
  created_at: Timestamp;
  created_by: string | null;
};

export const changeRequestStatuses = [
  'draft',
  'submitted',
  'client_review',
  'approved',
  'rejected',
] as const;
export type ChangeRequestStatus = (typeof changeRequestStatuses)[number];

/**
 * A proposed change of scope, end date or budget. We approve it first; a client project's client
 * then approves it in the portal. Approval moves the plan and budget, freezes a new baseline and,
 * when money changes, drafts the amendment of the client contract.
 */
export type ChangeRequestTable = {
  id: string;
  workspace_id: string;
  project_id: string;
  /** CR-1, CR-2… within the project. */
  seq: number;
  title: string;
  /** The scope impact: what is added, dropped or done differently. */
  description: string;
  reason: string;
  /** The project's new end, if the schedule moves. */
  end_date: string | null;
  /** What the budget rises (or falls) by, in the project's currency. */
  budget_delta_minor: number;
  status: ChangeRequestStatus;
  submitted_by: string | null;
  submitted_at: Timestamp | null;
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
  /** Our reviewer's comment: internal, never shown in the portal. */
  review_comment: string | null;
  client_decided_by: string | null;
  client_decided_at: Timestamp | null;
  client_comment: string | null;
  /** Set once approved: the baseline it froze and the plan it replaced. */
  baseline_seq: number | null;
  end_date_before: string | null;
  budget_before_minor: number | null;
  /** The contract amendment drafted for its money. */
  amendment_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

/**
 * What a project cost beyond its approved time (an approved expense line, later a goods
 * receipt), in base currency on the day it was spent: earned value's actual cost and the
 * budget's categories count it. Written once per source by the module that approved it.
 */
export type ProjectCostTable = {
  id: string;
  workspace_id: string;
  project_id: string;
  day: string;
  category: CostCategory;
  amount_base_minor: number;
  source_type: string;
  source_id: string;
};

export type ProjectTables = {
  project_costs: ProjectCostTable;
  projects: ProjectTable;
  tasks: TaskTable;
  task_dependencies: TaskDependencyTable;
  milestones: MilestoneTable;
  project_issues: ProjectIssueTable;
  project_decisions: ProjectDecisionTable;
  project_baselines: ProjectBaselineTable;
  project_deliverables: DeliverableTable;
  project_progress: ProjectProgressTable;
  project_status_reports: StatusReportTable;
  project_lessons: LessonTable;
  change_requests: ChangeRequestTable;
};

declare module '../../db/tables.ts' {
  interface Tables extends ProjectTables {}
}
