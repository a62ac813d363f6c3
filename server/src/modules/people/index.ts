/** What other modules and the app may use of people. */
export { costRateOn } from './cost-rates.service.ts';
export { peopleRoutes } from './people.routes.ts';
export { personBody } from './people.schema.ts';
export { seedPeople } from './people.seed.ts';
export { insertNewPerson } from './people.service.ts';
export { skillRoutes } from './skills.routes.ts';
export { skillBody } from './skills.schema.ts';
export { insertSkill } from './skills.service.ts';
