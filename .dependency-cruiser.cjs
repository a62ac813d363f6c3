/**
 * The architecture, checked by `npm run check` (ARCHITECTURE.md explains each rule). Known
 * violations still to mend are listed in .dependency-cruiser-known-violations.json: the check
 * fails on any new one, and the list only ever shrinks (`npm run arch:baseline` rewrites it).
 */
/**
 * The business modules from the bottom up: a module may use those before it, never one after
 * it, so the modules form layers and no two lean on each other. A module that needs to react
 * to one above it subscribes to that module's events instead.
 */
const LAYERS = [
  'settings',
  'clients',
  'suppliers',
  'contracts',
  'people',
  'projects',
  'staffing',
  'time',
  'finance',
  'servicedesk',
  'feedback',
  'search',
  'imports',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...LAYERS.map((name, i) => ({
      name: `module-layers-${name}`,
      severity: 'error',
      comment: `${name} uses only the modules below it: ${LAYERS.slice(0, i).join(', ') || 'none'}.`,
      from: { path: `^server/src/modules/${name}/`, pathNot: '\\.test\\.ts$' },
      to: { path: `^server/src/modules/(${LAYERS.slice(i + 1).join('|') || '$^'})/` },
    })),
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import circles: a circle makes load order matter and hides who depends on whom.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'platform-not-to-modules',
      severity: 'error',
      comment: 'The platform serves every module and knows none of them.',
      from: { path: '^server/src/platform/' },
      to: { path: '^server/src/modules/' },
    },
    {
      name: 'db-not-to-platform-or-modules',
      severity: 'error',
      comment: 'db/ is the bottom layer: drivers, migrations and query helpers only.',
      from: { path: '^server/src/db/' },
      to: { path: '^server/src/(platform|modules)/' },
    },
    {
      name: 'module-through-its-index',
      severity: 'error',
      comment:
        'A module reaches another only through its index.ts (what it offers other modules); tests, and fixtures that build on fixtures, may use fixtures.',
      from: { path: '^server/src/modules/([^/]+)/', pathNot: '\\.(test|fixture)\\.ts$' },
      to: {
        path: '^server/src/modules/[^/]+/',
        pathNot: ['^server/src/modules/$1/', '^server/src/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'outside-through-module-doors',
      severity: 'error',
      comment:
        'The app, processes, seed, CLIs, bench and browser tests reach a module through modules/registry.ts (its manifest) or its index.ts.',
      from: {
        path: '^(server/src/(app|worker|main)\\.ts|server/src/(seed|cli|processes|test)/|bench/|e2e/)',
      },
      to: {
        path: '^server/src/modules/[^/]+/',
        pathNot: '^server/src/modules/[^/]+/index\\.ts$',
      },
    },
    {
      name: 'web-not-to-server',
      severity: 'error',
      comment:
        'The web talks to the server over HTTP and its generated types; tests may check translations against server enums.',
      from: { path: '^web/src/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^server/' },
    },
    {
      name: 'web-components-not-to-modules',
      severity: 'error',
      comment: 'Shared web components are below every web module.',
      from: { path: '^web/src/components/' },
      to: { path: '^web/src/modules/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|test-results)/' },
    tsConfig: { fileName: 'tsconfig.base.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
