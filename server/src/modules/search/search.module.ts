import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { searchRoutes } from './search.routes.ts';

export const search = { name: 'search', routes: [searchRoutes] } satisfies ModuleManifest;
