/** What other modules and the app may use of finance. */
export type { AccountPurpose } from './ledger/ledger.table.ts';
