/** What other modules and the app may use of people. */
export { costRateOn } from './cost-rates.service.ts';
export { peopleRoutes } from './people.routes.ts';
export { seedPeople } from './people.seed.ts';
export { skillRoutes } from './skills.routes.ts';
