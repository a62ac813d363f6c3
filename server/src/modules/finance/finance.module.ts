import { daily } from '../../platform/jobs/schedule.ts';
import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { bankingRoutes } from './banking/banking.routes.ts';
import { billReleases } from './bills/bill-release.ts';
import { billRoutes } from './bills/bills.routes.ts';
import { payableRoutes } from './bills/payables.routes.ts';
import { deliveryRoutes } from './delivery/delivery.routes.ts';
import { expenseRoutes } from './expenses/expenses.routes.ts';
import { seedFinance } from './finance.seed.ts';
import { invoiceRoutes } from './invoices/invoices.routes.ts';
import { ledgerRoutes } from './ledger/ledger.routes.ts';
import { paymentRunRoutes } from './payment-runs/payment-runs.routes.ts';
import { paymentRoutes } from './payments/payments.routes.ts';
import { runPaymentReminders } from './receivables/payment-reminders.job.ts';
import { receivableRoutes } from './receivables/receivables.routes.ts';
import { reportRoutes } from './reports/reports.routes.ts';
import { runRiskAlerts } from './reports/risk-alerts.job.ts';
import { taxRoutes } from './tax/tax.routes.ts';

export const finance = {
  name: 'finance',
  routes: [
    ledgerRoutes,
    taxRoutes,
    invoiceRoutes,
    deliveryRoutes,
    paymentRoutes,
    receivableRoutes,
    reportRoutes,
    billRoutes,
    payableRoutes,
    paymentRunRoutes,
    bankingRoutes,
    expenseRoutes,
  ],
  jobs: [
    // In the morning of the workspace's day, as a person would send them.
    { name: 'finance.payment-reminders', schedule: daily('09:00'), run: runPaymentReminders },
    // Before the working day: what needs a person's eye is in the bell when they arrive.
    { name: 'finance.risk-alerts', schedule: daily('08:00'), run: runRiskAlerts },
  ],
  subscriptions: billReleases,
  seed: { finance: seedFinance },
} satisfies ModuleManifest;
