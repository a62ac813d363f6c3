import { pino } from 'pino';
import type { Config } from '../config.ts';
import { createDb } from '../db/database.ts';
import { moduleListeners } from '../modules/registry.ts';
import { systemClock } from '../platform/clock.ts';
import { loggerOptions } from '../platform/ops/logger.ts';
import { processSnapshot } from '../platform/ops/metrics.ts';
import { answerMetricsRequests } from '../platform/ops/process-metrics.ts';
import { startWorker } from '../worker.ts';
import { onStopSignal } from './stop-signal.ts';

/** The one process that runs background work: events, jobs and mail, off every request. */
export function runWorkerProcess(config: Config) {
  const db = createDb(config.database);
  answerMetricsRequests(() => processSnapshot('worker'));
  const log = pino(loggerOptions(config.logLevel) as pino.LoggerOptions).child({
    process: 'worker',
  });
  const worker = startWorker(
    { db, config, clock: systemClock },
    {
      error: (err, message) => log.error({ err }, message ?? 'background work failed'),
      info: (fields, message) => log.info(fields, message),
    },
  );
  const deps = { db, config, clock: systemClock };
  const listening = Promise.all(
    moduleListeners.map(async (l) => {
      const stop = await l.start(deps, (err) => log.error({ err }, `${l.name} failed`));
      if (stop) log.info({ listener: l.name }, 'listening');
      return stop;
    }),
  ).catch((err) => {
    log.error({ err }, 'a listener could not start');
    return [];
  });
  onStopSignal(async () => {
    // The pass under way finishes: a job is never cut off between its statements.
    await worker.stop();
    for (const stop of await listening) await stop?.();
    await db.destroy();
  });
}
