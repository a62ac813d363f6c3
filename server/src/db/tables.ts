import type { ClientTables } from '../modules/clients/clients.table.ts';
import type { InteractionTables } from '../modules/clients/interactions.table.ts';
import type { OpportunityTables } from '../modules/clients/opportunities.table.ts';
import type { RequirementTables } from '../modules/clients/requirements.table.ts';
import type { ClauseTables } from '../modules/contracts/clauses.table.ts';
import type { ContractTables } from '../modules/contracts/contracts.table.ts';
import type { FeedbackTables } from '../modules/feedback/feedback.table.ts';
import type { AvailabilityTables } from '../modules/people/availability.table.ts';
import type { PeopleTables, SkillTables } from '../modules/people/people.table.ts';
import type { ProjectTables } from '../modules/projects/projects.table.ts';
import type { SearchTables } from '../modules/search/search.table.ts';
import type { CalendarTables } from '../modules/settings/calendars.table.ts';
import type { PositionTables } from '../modules/settings/positions.table.ts';
import type { SettingsTables } from '../modules/settings/settings.table.ts';
import type { StaffingTables } from '../modules/staffing/staffing.table.ts';
import type { EvaluationTables } from '../modules/suppliers/evaluations.table.ts';
import type { SupplierTables } from '../modules/suppliers/suppliers.table.ts';
import type { TimeTables } from '../modules/time/time.table.ts';
import type { AccessTables } from '../platform/access/access.table.ts';
import type { AuditTables } from '../platform/audit/audit.table.ts';
import type { AuthTables } from '../platform/auth/auth.table.ts';
import type { DocumentTables } from '../platform/documents/documents.table.ts';
import type { EventTables } from '../platform/events/events.table.ts';
import type { HttpTables } from '../platform/http/http.table.ts';
import type { JobTables } from '../platform/jobs/jobs.table.ts';
import type { MailTables } from '../platform/mail/mail.table.ts';
import type { NotificationTables } from '../platform/notifications/notifications.table.ts';
import type { ViewTables } from '../platform/views/views.table.ts';
import type { WorkspaceTables } from '../platform/workspaces/workspaces.table.ts';

/** Every table of the database; each folder declares the tables it owns. */
export type Tables = AuthTables &
  AccessTables &
  WorkspaceTables &
  AuditTables &
  EventTables &
  HttpTables &
  JobTables &
  MailTables &
  NotificationTables &
  DocumentTables &
  ViewTables &
  ClientTables &
  OpportunityTables &
  InteractionTables &
  RequirementTables &
  SupplierTables &
  EvaluationTables &
  SettingsTables &
  CalendarTables &
  PositionTables &
  ContractTables &
  ClauseTables &
  PeopleTables &
  SkillTables &
  AvailabilityTables &
  StaffingTables &
  ProjectTables &
  TimeTables &
  FeedbackTables &
  SearchTables;
