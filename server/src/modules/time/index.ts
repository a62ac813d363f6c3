/** What other modules and the app may use of time. */

export {
  approvedEntries,
  type EntryFilter,
  type EntryPrice,
  findApprovedEntries,
  type PricedEntry,
} from './approved-entries.ts';

export { insertTimeRow, readTimeRow } from './entries.import.ts';
