/**
 * `npm run arch`: the architecture rules of .dependency-cruiser.cjs over the server, the web
 * and the bench, failing on any violation not in the known list. `--baseline` rewrites that
 * list (run it only after mending violations, so that it shrinks).
 */
import { registerHooks } from 'node:module';

// dependency-cruiser reads TypeScript through the compiler's API, which TypeScript 7.0 (the
// project's compiler) does not offer yet: inside dependency-cruiser alone, `typescript` is the
// 5.9 compiler installed as `typescript-api`.
registerHooks({
  resolve(specifier, context, next) {
    const inCruiser = context.parentURL?.includes('/node_modules/dependency-cruiser/');
    if (inCruiser && /^typescript(\/|$)/.test(specifier)) {
      return next(specifier.replace(/^typescript/, 'typescript-api'), context);
    }
    return next(specifier, context);
  },
});
const baseline = process.argv.includes('--baseline');
const bin = baseline ? 'depcruise-baseline.mjs' : 'dependency-cruiser.mjs';
process.argv = [
  process.argv[0],
  bin,
  'server/src',
  'web/src',
  'bench',
  '--config',
  '.dependency-cruiser.cjs',
  ...(baseline ? [] : ['--ignore-known', '--output-type', 'err']),
];
// The CLIs are not among the package's exports: they are loaded from where npm put them.
await import(new URL(`../node_modules/dependency-cruiser/bin/${bin}`, import.meta.url).href);
