/** What the app uses of imports. */
export { importRoutes } from './imports.routes.ts';
