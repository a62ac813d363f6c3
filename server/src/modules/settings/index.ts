/** What other modules and the app may use of settings. */
export { rateToBase, toBase } from './fx.ts';
export { getSettingsRow } from './settings.repository.ts';
export { settingsRoutes } from './settings.routes.ts';
