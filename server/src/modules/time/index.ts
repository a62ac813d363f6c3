/** What other modules and the app may use of time. */

export { insertTimeRow, readTimeRow } from './entries.import.ts';
