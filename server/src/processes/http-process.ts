import { resolve } from 'node:path';
import { buildApp } from '../app.ts';
import type { Config } from '../config.ts';
import { createDb } from '../db/database.ts';
import { systemClock } from '../platform/clock.ts';
import { loggerOptions } from '../platform/ops/logger.ts';
import { createMetrics } from '../platform/ops/metrics.ts';
import { answerMetricsRequests, gatherMetrics } from '../platform/ops/process-metrics.ts';
import { onStopSignal } from './stop-signal.ts';

/** One HTTP process: serves the API and the web app on the port all HTTP processes share. */
export async function runHttpProcess(config: Config) {
  const db = createDb(config.database);
  const metrics = createMetrics();
  const own = () => metrics.snapshot(`http-${process.pid}`);
  answerMetricsRequests(own);
  const app = await buildApp(
    { db, config, clock: systemClock },
    {
      webDist: resolve(import.meta.dirname, '../../../web/dist'),
      logger: loggerOptions(config.logLevel),
      metrics,
      gatherMetrics: () => gatherMetrics(own),
    },
  );
  await app.listen({ port: config.port, host: config.host });
  onStopSignal(async () => {
    // Finishes the requests under way and refuses new ones, then lets go of the database.
    await app.close();
    await db.destroy();
  });
}
