import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  clientStatuses,
  clientTiers,
  contactRelationships,
} from '../../../server/src/modules/clients/clients.table.ts';
import { interactionKinds } from '../../../server/src/modules/clients/interactions/interactions.table.ts';
import { opportunityStages } from '../../../server/src/modules/clients/opportunities/opportunities.table.ts';
import {
  requirementPriorities,
  requirementSources,
  requirementStatuses,
} from '../../../server/src/modules/clients/requirements/requirements.table.ts';
import {
  clauseCategories,
  obligationStatuses,
} from '../../../server/src/modules/contracts/clauses/clauses.table.ts';
import { contractDocuments } from '../../../server/src/modules/contracts/contract-documents.ts';
import {
  amendmentStatuses,
  billingModels,
  contractStatuses,
  contractTypes,
  invoiceDetails,
  measurementWindows,
  paymentReleases,
  retainerPeriods,
  seniorities,
  slaMetrics,
  slaPriorityChanges,
} from '../../../server/src/modules/contracts/contracts.table.ts';
import { satisfactionDimensions } from '../../../server/src/modules/feedback/feedback.schema.ts';
import {
  feedbackKinds,
  feedbackSeverities,
  feedbackStatuses,
} from '../../../server/src/modules/feedback/feedback.table.ts';
import { billDocuments } from '../../../server/src/modules/finance/bills/bill-documents.ts';
import {
  billLineKinds,
  billSources,
  billStatuses,
  holdKinds,
  lineMatches,
} from '../../../server/src/modules/finance/bills/bills.table.ts';
import { expenseLineDocuments } from '../../../server/src/modules/finance/expenses/expense-documents.ts';
import {
  expenseCategories,
  expenseClaimStatuses,
} from '../../../server/src/modules/finance/expenses/expenses.table.ts';
import { paymentRunStatuses } from '../../../server/src/modules/finance/payment-runs/payment-runs.table.ts';
import { sourceKinds } from '../../../server/src/modules/finance/reports/reports.schema.ts';
import {
  absenceKinds,
  absenceStatuses,
  credentialKinds,
} from '../../../server/src/modules/people/availability/availability.table.ts';
import {
  languageLevels,
  personKinds,
  personStatuses,
} from '../../../server/src/modules/people/people.table.ts';
import { deliverableDocuments } from '../../../server/src/modules/projects/delivery/deliverable-documents.ts';
import {
  changeRequestStatuses,
  costCategories,
  deliverableStatuses,
  dependencyTypes,
  evMethods,
  gateKeys,
  healths,
  issueSeverities,
  issueStatuses,
  projectPhases,
  reportStatuses,
  taskStatuses,
} from '../../../server/src/modules/projects/projects.table.ts';
import { moduleJobs } from '../../../server/src/modules/registry.ts';
import { searchEntityTypes } from '../../../server/src/modules/search/search.table.ts';
import { commentVisibilities } from '../../../server/src/modules/servicedesk/comments/comments.table.ts';
import { groupKinds } from '../../../server/src/modules/servicedesk/groups/groups.table.ts';
import { clockStates } from '../../../server/src/modules/servicedesk/sla/clock.ts';
import { clockParties } from '../../../server/src/modules/servicedesk/sla/ticket-clocks.ts';
import { ticketDocuments } from '../../../server/src/modules/servicedesk/tickets/ticket-documents.ts';
import {
  ticketChannels,
  ticketEventKinds,
  ticketLevels,
  ticketPriorities,
  ticketStatuses,
  ticketTypes,
  waitingCodes,
  waitingParties,
} from '../../../server/src/modules/servicedesk/tickets/tickets.table.ts';
import { calendarDayKinds } from '../../../server/src/modules/settings/calendars.table.ts';
import {
  assignmentStatuses,
  requestStatuses,
} from '../../../server/src/modules/staffing/staffing.table.ts';
import {
  evaluationKinds,
  evaluationStatuses,
} from '../../../server/src/modules/suppliers/evaluations/evaluations.table.ts';
import { qualificationDocuments } from '../../../server/src/modules/suppliers/qualifications/qualification-documents.ts';
import { qualificationStatuses } from '../../../server/src/modules/suppliers/qualifications/qualifications.schema.ts';
import {
  dataSensitivities,
  financialHealths,
  onboardingKinds,
  qualificationKinds,
  riskTiers,
  supplierContactRoles,
  supplierStatuses,
} from '../../../server/src/modules/suppliers/suppliers.table.ts';
import { timesheetStatuses } from '../../../server/src/modules/time/time.table.ts';
import { builtinRoleKeys } from '../../../server/src/platform/access/builtin-roles.ts';
import { permissions } from '../../../server/src/platform/access/permissions.ts';
import { platformJobs } from '../../../server/src/worker.ts';
import enUS from './en-US.json' with { type: 'json' };
import zhCN from './zh-CN.json' with { type: 'json' };

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(tsx?)$/.test(name) && !name.endsWith('.d.ts') && !name.endsWith('.test.ts')
      ? [path]
      : [];
  });
}

const locales = { 'en-US': flatten(enUS as Tree), 'zh-CN': flatten(zhCN as Tree) };
const src = join(import.meta.dirname, '..');

describe('translations', () => {
  it('both locales have exactly the same keys, none empty', () => {
    expect([...locales['zh-CN'].keys()].sort()).toEqual([...locales['en-US'].keys()].sort());
    for (const [name, map] of Object.entries(locales)) {
      for (const [key, value] of map) expect(value.trim(), `${name} ${key}`).not.toBe('');
    }
  });

  it('every key the code names exists in both locales', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(src)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([^']+)'/g)) used.add(m[1] as string);
      for (const m of text.matchAll(/label: '([a-z]+\.[a-zA-Z]+)'/g)) used.add(m[1] as string);
    }
    expect(used.size).toBeGreaterThan(50);
    for (const key of used) {
      expect(locales['en-US'].has(key), `en-US ${key}`).toBe(true);
      expect(locales['zh-CN'].has(key), `zh-CN ${key}`).toBe(true);
    }
  });

  it('every built-in role, permission and enum value of the server has a name in both locales', () => {
    for (const key of [
      ...clientStatuses.map((s) => `client.status.${s}`),
      ...clientTiers.map((s) => `client.tier.${s}`),
      ...contactRelationships.map((s) => `contact.relationship.${s}`),
      ...opportunityStages.map((s) => `opportunity.stage.${s}`),
      ...interactionKinds.map((s) => `interaction.kind.${s}`),
      ...requirementPriorities.map((s) => `requirement.priority.${s}`),
      ...requirementStatuses.map((s) => `requirement.status.${s}`),
      ...requirementSources.map((s) => `requirement.source.${s}`),
      ...supplierStatuses.map((s) => `supplier.status.${s}`),
      ...riskTiers.map((s) => `supplier.riskTier.${s}`),
      ...qualificationKinds.map((s) => `qualification.kind.${s}`),
      ...onboardingKinds.map((s) => `onboarding.kind.${s}`),
      ...supplierContactRoles.map((s) => `supplierContact.role.${s}`),
      ...dataSensitivities.map((s) => `onboarding.sensitivity.${s}`),
      ...financialHealths.map((s) => `onboarding.health.${s}`),
      ...qualificationStatuses.map((s) => `qualification.status.${s}`),
      ...contractTypes.map((s) => `contract.type.${s}`),
      ...amendmentStatuses.map((s) => `amendment.status.${s}`),
      ...calendarDayKinds.map((s) => `calendar.kind.${s}`),
      ...searchEntityTypes.map((s) => `search.type.${s}`),
      ...contractStatuses.map((s) => `contract.status.${s}`),
      ...billingModels.map((s) => `contract.billingModel.${s}`),
      ...seniorities.map((s) => `rate.seniority.${s}`),
      ...slaMetrics.map((s) => `sla.metric.${s}`),
      ...measurementWindows.map((s) => `sla.window.${s}`),
      ...[
        ...contractDocuments.categories,
        ...qualificationDocuments.categories,
        ...deliverableDocuments.categories,
        ...billDocuments.categories,
        ...expenseLineDocuments.categories,
        ...ticketDocuments.categories,
      ].map((c) => `document.category.${c}`),
      ...evaluationKinds.map((k) => `evaluation.kind.${k}`),
      ...evaluationStatuses.map((k) => `evaluation.status.${k}`),
      ...feedbackKinds.map((k) => `feedback.kind.${k}`),
      ...feedbackSeverities.map((k) => `feedback.severity.${k}`),
      ...feedbackStatuses.map((k) => `feedback.status.${k}`),
      ...clauseCategories.map((k) => `clause.category.${k}`),
      ...obligationStatuses.map((k) => `clause.status.${k}`),
      ...personKinds.map((k) => `person.kind.${k}`),
      ...personStatuses.map((k) => `person.status.${k}`),
      ...languageLevels.map((k) => `person.level.${k}`),
      ...absenceKinds.map((k) => `absence.kind.${k}`),
      ...absenceStatuses.map((k) => `absence.status.${k}`),
      ...credentialKinds.map((k) => `credential.kind.${k}`),
      ...requestStatuses.map((k) => `staffing.status.${k}`),
      ...assignmentStatuses.map((k) => `staffing.assignment.${k}`),
      ...projectPhases.map((k) => `project.phase.${k}`),
      ...healths.map((k) => `project.health.${k}`),
      ...gateKeys.map((k) => `project.gate.${k}`),
      ...taskStatuses.map((k) => `project.taskStatus.${k}`),
      ...dependencyTypes.map((k) => `project.link.${k}`),
      ...issueSeverities.map((k) => `project.severityLevel.${k}`),
      ...issueStatuses.map((k) => `project.issueStatus.${k}`),
      ...timesheetStatuses.map((k) => `time.status.${k}`),
      ...deliverableStatuses.map((k) => `project.deliverableStatus.${k}`),
      ...changeRequestStatuses.map((k) => `project.change.status.${k}`),
      ...costCategories.map((k) => `project.budgetLines.${k}`),
      ...evMethods.map((k) => `project.evm.method.${k}`),
      ...reportStatuses.map((k) => `project.report.status.${k}`),
      ...paymentReleases.map((k) => `contract.paymentReleases.${k}`),
      ...invoiceDetails.map((k) => `contract.invoiceDetails.${k}`),
      ...retainerPeriods.map((k) => `contract.retainerPeriods.${k}`),
      ...billStatuses.map((k) => `bill.statuses.${k}`),
      ...billSources.map((k) => `bill.sources.${k}`),
      ...lineMatches.map((k) => `bill.matches.${k}`),
      ...holdKinds.map((k) => `bill.holds.${k}`),
      ...billLineKinds.map((k) => `bill.lineKinds.${k}`),
      ...paymentRunStatuses.map((k) => `paymentRun.statuses.${k}`),
      ...expenseCategories.map((k) => `expense.categories.${k}`),
      ...expenseClaimStatuses.map((k) => `expense.statuses.${k}`),
      ...sourceKinds.map((k) => `pnl.kinds.${k}`),
      ...ticketTypes.map((k) => `ticket.types.${k}`),
      ...ticketLevels.map((k) => `ticket.levels.${k}`),
      ...ticketPriorities.map((k) => `ticket.priorities.${k}`),
      ...ticketStatuses.map((k) => `ticket.statuses.${k}`),
      ...waitingParties.map((k) => `ticket.parties.${k}`),
      ...ticketEventKinds.map((k) => `ticket.kinds.${k}`),
      ...clockStates.map((k) => `ticket.slaStates.${k}`),
      ...waitingCodes.map((k) => `ticket.waitingCodes.${k}`),
      ...ticketChannels.map((k) => `ticket.channels.${k}`),
      ...commentVisibilities.map((k) => `ticket.visibilities.${k}`),
      ...clockParties.map((k) => `ticket.clockParties.${k}`),
      ...groupKinds.map((k) => `ticketGroup.kinds.${k}`),
      ...slaPriorityChanges.map((k) => `contract.slaPriorityChanges.${k}`),
      ...satisfactionDimensions.map((k) => `csat.dimensions.${k}`),
      ...builtinRoleKeys.map((r) => `role.${r}`),
      ...permissions.map((p) => `permission.${p}`),
      ...[...Object.keys(platformJobs), ...moduleJobs.map((j) => j.name)].map(
        (name) => `jobs.names.${name}`,
      ),
    ]) {
      expect(locales['en-US'].has(key), key).toBe(true);
      expect(locales['zh-CN'].has(key), key).toBe(true);
    }
  });
});
