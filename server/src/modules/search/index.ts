/** What the app uses of search. */
export { searchRoutes } from './search.routes.ts';
