/** What other modules and the app may use of time. */

export {
  approvedEntries,
  type EntryFilter,
  type EntryPrice,
  findApprovedEntries,
  markInvoiced,
  type PricedEntry,
  releaseInvoiced,
} from './approved-entries.ts';

export { approvedTotals } from './approved-totals.ts';
export { insertTimeRow, readTimeRow } from './entries.import.ts';
export { recordEntry } from './entries.service.ts';
export {
  type Approvable,
  mayDecide,
  type Stage,
  stageOf,
  supplierApprovers,
} from './stages.ts';
export { decisionBody, entryBody } from './time.schema.ts';
// Read models, as the module's own pages list them (dashboards and the bench read them too).
export { approvalInbox } from './timesheets.service.ts';
export { getWeek } from './week.service.ts';
export { personFor as timesheetPerson } from './whose.ts';
