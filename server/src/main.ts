import cluster from 'node:cluster';
import { loadConfig } from './config.ts';
import type { ProcessRole } from './processes/primary.ts';

/**
 * `npm start`: the primary supervises; every other process learns its role from the
 * environment the primary gave it and loads only the code that role needs.
 */
async function main() {
  const config = loadConfig();
  if (cluster.isPrimary) return (await import('./processes/primary.ts')).runPrimary(config);
  const role = process.env.PONTIS_PROCESS as ProcessRole;
  if (role === 'prepare') {
    await (await import('./processes/prepare-process.ts')).runPrepareProcess(config);
    process.exit(0);
  }
  if (role === 'worker')
    return (await import('./processes/worker-process.ts')).runWorkerProcess(config);
  return (await import('./processes/http-process.ts')).runHttpProcess(config);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
