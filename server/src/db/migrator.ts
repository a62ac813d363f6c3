import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import type { Db } from './database.ts';
import * as m0001 from './migrations/0001-platform.ts';
import * as m0002 from './migrations/0002-jobs.ts';
import * as m0003 from './migrations/0003-clients.ts';
import * as m0004 from './migrations/0004-opportunities.ts';
import * as m0005 from './migrations/0005-interactions.ts';
import * as m0006 from './migrations/0006-suppliers.ts';
import * as m0007 from './migrations/0007-settings.ts';
import * as m0008 from './migrations/0008-contracts.ts';
import * as m0009 from './migrations/0009-qualifications.ts';
import * as m0010 from './migrations/0010-amendments.ts';
import * as m0011 from './migrations/0011-calendars.ts';
import * as m0012 from './migrations/0012-pipeline-totals.ts';
import * as m0013 from './migrations/0013-requirements.ts';
import * as m0014 from './migrations/0014-search.ts';
import * as m0015 from './migrations/0015-notifications.ts';
import * as m0016 from './migrations/0016-communication-plans.ts';
import * as m0017 from './migrations/0017-onboarding.ts';
import * as m0018 from './migrations/0018-supplier-contacts.ts';
import * as m0019 from './migrations/0019-documents.ts';
import * as m0020 from './migrations/0020-evaluations.ts';
import * as m0021 from './migrations/0021-feedback.ts';
import * as m0022 from './migrations/0022-clauses.ts';
import * as m0023 from './migrations/0023-saved-views.ts';
import * as m0024 from './migrations/0024-people.ts';
import * as m0025 from './migrations/0025-skills.ts';
import * as m0026 from './migrations/0026-staffing.ts';
import * as m0027 from './migrations/0027-projects.ts';
import * as m0028 from './migrations/0028-project-logs.ts';
import * as m0029 from './migrations/0029-time.ts';
import * as m0030 from './migrations/0030-baselines.ts';
import * as m0031 from './migrations/0031-deliverables.ts';
import * as m0032 from './migrations/0032-earned-value.ts';
import * as m0033 from './migrations/0033-status-reports.ts';
import * as m0034 from './migrations/0034-closure.ts';
import * as m0035 from './migrations/0035-waiting-timesheets.ts';
import * as m0036 from './migrations/0036-change-requests.ts';
import * as m0037 from './migrations/0037-budget-lines.ts';
import * as m0038 from './migrations/0038-sheet-totals.ts';
import * as m0039 from './migrations/0039-ev-method.ts';
import * as m0040 from './migrations/0040-mail-secrets.ts';
import * as m0041 from './migrations/0041-audit-checkpoints.ts';
import * as m0042 from './migrations/0042-workspace-locale.ts';
import * as m0043 from './migrations/0043-positions.ts';
import * as m0044 from './migrations/0044-job-runs.ts';
import * as m0045 from './migrations/0045-event-deliveries.ts';
import * as m0046 from './migrations/0046-finance.ts';
import * as m0047 from './migrations/0047-invoices.ts';
import * as m0048 from './migrations/0048-credit-notes.ts';
import * as m0049 from './migrations/0049-invoice-delivery.ts';
import * as m0050 from './migrations/0050-payments.ts';
import * as m0051 from './migrations/0051-receivables.ts';
import * as m0052 from './migrations/0052-ledger-balances.ts';
import * as m0053 from './migrations/0053-supplier-bills.ts';
import * as m0054 from './migrations/0054-billing-models.ts';
import * as m0055 from './migrations/0055-credit-limits.ts';
import * as m0056 from './migrations/0056-bank-statements.ts';
import * as m0057 from './migrations/0057-invoice-detail.ts';
import * as m0058 from './migrations/0058-expenses.ts';
import * as m0059 from './migrations/0059-retainer-periods.ts';
import * as m0060 from './migrations/0060-bank-payment-runs.ts';
import * as m0061 from './migrations/0061-tickets.ts';
import * as m0062 from './migrations/0062-ticket-groups-comments-clocks.ts';
import * as m0063 from './migrations/0063-ticket-mail.ts';
import * as m0064 from './migrations/0064-ticket-csat.ts';
import * as m0065 from './migrations/0065-service-credits.ts';
import * as m0066 from './migrations/0066-sla-clock-rules.ts';
import * as m0067 from './migrations/0067-desk-settings.ts';
import * as m0068 from './migrations/0068-major-incidents.ts';

/** Forward-only and numbered; listed here so the bundle-free server needs no directory scan. */
const migrations: Record<string, Migration> = {
  '0001-platform': m0001,
  '0002-jobs': m0002,
  '0003-clients': m0003,
  '0004-opportunities': m0004,
  '0005-interactions': m0005,
  '0006-suppliers': m0006,
  '0007-settings': m0007,
  '0008-contracts': m0008,
  '0009-qualifications': m0009,
  '0010-amendments': m0010,
  '0011-calendars': m0011,
  '0012-pipeline-totals': m0012,
  '0013-requirements': m0013,
  '0014-search': m0014,
  '0015-notifications': m0015,
  '0016-communication-plans': m0016,
  '0017-onboarding': m0017,
  '0018-supplier-contacts': m0018,
  '0019-documents': m0019,
  '0020-evaluations': m0020,
  '0021-feedback': m0021,
  '0022-clauses': m0022,
  '0023-saved-views': m0023,
  '0024-people': m0024,
  '0025-skills': m0025,
  '0026-staffing': m0026,
  '0027-projects': m0027,
  '0028-project-logs': m0028,
  '0029-time': m0029,
  '0030-baselines': m0030,
  '0031-deliverables': m0031,
  '0032-earned-value': m0032,
  '0033-status-reports': m0033,
  '0034-closure': m0034,
  '0035-waiting-timesheets': m0035,
  '0036-change-requests': m0036,
  '0037-budget-lines': m0037,
  '0038-sheet-totals': m0038,
  '0039-ev-method': m0039,
  '0040-mail-secrets': m0040,
  '0041-audit-checkpoints': m0041,
  '0042-workspace-locale': m0042,
  '0043-positions': m0043,
  '0044-job-runs': m0044,
  '0045-event-deliveries': m0045,
  '0046-finance': m0046,
  '0047-invoices': m0047,
  '0048-credit-notes': m0048,
  '0049-invoice-delivery': m0049,
  '0050-payments': m0050,
  '0051-receivables': m0051,
  '0052-ledger-balances': m0052,
  '0053-supplier-bills': m0053,
  '0054-billing-models': m0054,
  '0055-credit-limits': m0055,
  '0056-bank-statements': m0056,
  '0057-invoice-detail': m0057,
  '0058-expenses': m0058,
  '0059-retainer-periods': m0059,
  '0060-bank-payment-runs': m0060,
  '0061-tickets': m0061,
  '0062-ticket-groups-comments-clocks': m0062,
  '0063-ticket-mail': m0063,
  '0064-ticket-csat': m0064,
  '0065-service-credits': m0065,
  '0066-sla-clock-rules': m0066,
  '0067-desk-settings': m0067,
  '0068-major-incidents': m0068,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export function createMigrator(db: Db): Migrator {
  return new Migrator({ db, provider, migrationTableName: 'schema_migrations' });
}

export async function migrateToLatest(db: Db): Promise<void> {
  const { error, results } = await createMigrator(db).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, {
      cause: error,
    });
  }
}

/** For /readyz: true when every known migration has run. */
export async function migrationsCurrent(db: Db): Promise<boolean> {
  const list = await createMigrator(db).getMigrations();
  return list.every((m) => m.executedAt !== undefined);
}
