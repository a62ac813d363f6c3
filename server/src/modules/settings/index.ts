/** What other modules and the app may use of settings. */
export {
  addBusinessMinutes,
  businessMinutesBetween,
  businessMsBetween,
  type CalendarSpec,
} from './business-time.ts';
export { calendarChanged } from './calendar-events.ts';
export { calendarExists, calendarSpec } from './calendars.service.ts';
export type { CalendarDayKind, Week } from './calendars.table.ts';
export { rateToBase, toBase } from './fx.ts';
export { holidayGaps, yearsBetween } from './holiday-coverage.ts';
export { positionRefSchema } from './positions.schema.ts';
export type { PositionOf } from './positions.seed.ts';
export {
  assertPosition,
  type PositionsById,
  positionIdByName,
  positionRef,
  positionsByIds,
  positionsNamed,
} from './positions.service.ts';
export { getSettingsRow } from './settings.repository.ts';
export type { WorkerDocument } from './settings.table.ts';
