import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { importRoutes } from './imports.routes.ts';

export const imports = { name: 'imports', routes: [importRoutes] } satisfies ModuleManifest;
