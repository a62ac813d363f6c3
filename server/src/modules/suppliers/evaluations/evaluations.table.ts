import type { Json, Timestamp, Version } from '../../../db/column.ts';

export const evaluationKinds = ['periodic', 'ad_hoc'] as const;
export const evaluationStatuses = ['open', 'final'] as const;
export const grades = ['A', 'B', 'C', 'D'] as const;
export type EvaluationKind = (typeof evaluationKinds)[number];
export type EvaluationStatus = (typeof evaluationStatuses)[number];
export type Grade = (typeof grades)[number];

/** One thing a supplier is scored on from 1 to 5; weights of a template add up to 100. */
export type Criterion = { key: string; name: string; weight: number; guidance: string | null };

export type EvaluationTemplateTable = {
  id: string;
  workspace_id: string;
  name: string;
  criteria: Json<Criterion[]>;
  active: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

/**
 * A supplier's evaluation for a period or an occasion. The criteria are copied from the
 * template so that editing the template later never changes a past score.
 */
export type SupplierEvaluationTable = {
  id: string;
  workspace_id: string;
  supplier_id: string;
  template_id: string;
  template_name: string;
  criteria: Json<Criterion[]>;
  kind: EvaluationKind;
  period_start: string;
  period_end: string;
  title: string | null;
  status: EvaluationStatus;
  /** The weighted score in hundredths (1.00–5.00 → 100–500); kept current as scores arrive. */
  score: number | null;
  grade: Grade | null;
  finalized_at: Timestamp | null;
  finalized_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export type EvaluationScoreTable = {
  evaluation_id: string;
  evaluator_id: string;
  criterion_key: string;
  score: number;
  comment: string | null;
  scored_at: Timestamp;
};

export type EvaluationTables = {
  evaluation_templates: EvaluationTemplateTable;
  supplier_evaluations: SupplierEvaluationTable;
  evaluation_scores: EvaluationScoreTable;
};

declare module '../../../db/tables.ts' {
  interface Tables extends EvaluationTables {}
}
