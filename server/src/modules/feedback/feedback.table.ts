import type { Timestamp, Version } from '../../db/column.ts';

export const surveyKinds = ['csat', 'nps'] as const;
export const feedbackKinds = ['complaint', 'praise'] as const;
export const feedbackSeverities = ['low', 'medium', 'high', 'critical'] as const;
export const feedbackStatuses = ['open', 'responded', 'resolved'] as const;
export type SurveyKind = (typeof surveyKinds)[number];
export type FeedbackKind = (typeof feedbackKinds)[number];
export type FeedbackSeverity = (typeof feedbackSeverities)[number];
export type FeedbackStatus = (typeof feedbackStatuses)[number];

/**
 * A satisfaction survey mailed to one contact as a link. The link's token is stored only as a
 * hash; it answers once and only until it expires.
 */
export type SurveyTable = {
  id: string;
  workspace_id: string;
  client_id: string;
  contact_id: string;
  kind: SurveyKind;
  /** A ticket's survey, sent on its resolution: one per ticket. */
  ticket_id: string | null;
  token_hash: string;
  /** The language the mail and the form are in. */
  language: string;
  expires_at: Timestamp;
  sent_at: Timestamp;
  sent_by: string | null;
  responded_at: Timestamp | null;
  /** CSAT 1–5, NPS 0–10. */
  score: number | null;
  comment: string | null;
};

/** A complaint or praise from a client, with its handling. */
export type FeedbackTable = {
  id: string;
  workspace_id: string;
  number: string;
  client_id: string;
  contact_id: string | null;
  kind: FeedbackKind;
  /** Complaints only. */
  severity: FeedbackSeverity | null;
  subject: string;
  description: string;
  owner_id: string | null;
  received_at: Timestamp;
  /** Complaints only: received_at plus the severity's response time. */
  response_due_at: Timestamp | null;
  responded_at: Timestamp | null;
  status: FeedbackStatus;
  resolution: string | null;
  resolved_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  version: Version;
};

export type FeedbackTables = { surveys: SurveyTable; feedback_items: FeedbackTable };

declare module '../../db/tables.ts' {
  interface Tables extends FeedbackTables {}
}
