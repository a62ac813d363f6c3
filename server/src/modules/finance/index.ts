/** What other modules and the app may use of finance. */
export {
  recordServiceCredits,
  type ServiceCredit,
} from './credits/service-credits.service.ts';

// Read models, as the module's own pages list them, and the invoice run (the bench uses them).
export { runInvoices } from './invoices/invoice-run.service.ts';
export { discardDraft, getInvoice, listInvoices } from './invoices/invoices.service.ts';
export type { AccountPurpose } from './ledger/ledger.table.ts';
export { trialBalance } from './ledger/trial-balance.service.ts';
export { receivablesAging } from './receivables/aging.service.ts';
export { profitAndLoss } from './reports/pnl.service.ts';
