import { resolve } from 'node:path';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createDb } from './db/database.ts';
import { migrateToLatest } from './db/migrator.ts';
import { syncBuiltinRoles } from './platform/access/roles.repository.ts';
import { systemClock } from './platform/clock.ts';
import { loggerOptions } from './platform/ops/logger.ts';
import { DEMO_LOGIN, seedDemoIfEmpty } from './seed/demo.ts';
import { startWorker } from './worker.ts';

/** config → db → migrate → seed (empty database only) → listen; stops cleanly on signals. */
async function main() {
  const config = loadConfig();
  const db = createDb(config.database);
  await migrateToLatest(db);
  await syncBuiltinRoles(db, systemClock.now().toISOString());
  const deps = { db, config, clock: systemClock };
  const seeded = await seedDemoIfEmpty(deps);
  const app = await buildApp(deps, {
    webDist: resolve(import.meta.dirname, '../../web/dist'),
    logger: loggerOptions(config.logLevel),
  });
  const worker = startWorker(deps, {
    error: (err) => app.log.error({ err }, 'background work failed'),
    info: (fields, message) => app.log.info(fields, message),
  });
  await app.listen({ port: config.port, host: config.host });

  const where = config.database.dialect === 'sqlite' ? config.database.file : 'PostgreSQL';
  console.log(`\nPontis is running at ${config.publicUrl}  (database: ${where})`);
  if (seeded)
    console.log(`Demo workspace created. Sign in as ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await worker.stop();
    await db.destroy();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
