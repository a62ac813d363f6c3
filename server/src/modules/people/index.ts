import type { Executor } from '../../db/database.ts';

/** What other modules and the app may use of people. */

export {
  type CapacityPerson,
  capacityBases,
  capacityBasesOf,
} from './availability/capacity.service.ts';
export {
  bookedInWeek,
  type CapacityBasis,
  type DayOff,
  dayOff,
  daysOfWeek,
  type WeekDays,
  weekCapacity,
} from './availability/capacity.ts';
export { type CostRate, costRateOn, costRatesOn } from './cost-rates.service.ts';
export { ownPersonId } from './me.service.ts';
export {
  getPersonRow,
  holdersOf,
  type PersonRow,
  personField,
  personIdByRef,
  personName,
} from './people.repository.ts';
export { languageItem, personBody } from './people.schema.ts';
// Read models, as the module's own pages list them (dashboards and the bench read them too).
export { insertNewPerson, listPeople } from './people.service.ts';
export type { LanguageLevel, PersonLanguage } from './people.table.ts';
export { skillBody } from './skills/skills.schema.ts';
export { insertSkill } from './skills/skills.service.ts';

/** The ids of the workspace's supplier workers, as a subquery to filter by. */
export function supplierWorkerIds(db: Executor, workspaceId: string) {
  return db
    .selectFrom('people')
    .select('people.id')
    .where('people.workspace_id', '=', workspaceId)
    .where('people.kind', '=', 'supplier_worker');
}
