import { moduleDispatcher, moduleJobs } from './modules/registry.ts';
import { AUDIT_CHECKPOINT_EVERY_MS, writeCheckpoints } from './platform/audit/audit-checkpoints.ts';
import type { Deps } from './platform/context.ts';
import { HOUSEKEEPING_EVERY_MS, housekeeping } from './platform/jobs/housekeeping.ts';
import { createJobRunner } from './platform/jobs/jobs.ts';
import { every } from './platform/jobs/schedule.ts';
import { createMailSender } from './platform/mail/mail.ts';

const TICK_MS = 1000;

/** The platform's own periodic jobs; the modules declare theirs in their manifests. */
export const platformJobs = {
  housekeeping: every(HOUSEKEEPING_EVERY_MS),
  'audit.checkpoint': every(AUDIT_CHECKPOINT_EVERY_MS),
} as const;

export type WorkerLog = {
  error: (err: unknown, message?: string) => void;
  info: (fields: object, message: string) => void;
};

/**
 * Background work, run by the worker process and never on a request thread: deliver events to
 * subscribers, run due jobs and send queued mail, once a second. Every step claims its rows in
 * the database, so several machines can run it side by side and each row is handled once.
 */
export function startWorker(deps: Deps, log: WorkerLog) {
  const dispatcher = moduleDispatcher(deps);
  const jobs = createJobRunner(deps.db, deps.clock, (job, err) =>
    log.error(
      err,
      `job ${job.name} failed, attempt ${job.attempts}${job.gaveUp ? '; given up' : ''}`,
    ),
  );
  jobs.every('housekeeping', platformJobs.housekeeping, housekeeping);
  // Each checkpoint goes to the log as well: a copy the database's own users cannot rewrite.
  jobs.every('audit.checkpoint', platformJobs['audit.checkpoint'], async () => {
    await writeCheckpoints(deps, (c) => log.info({ auditCheckpoint: c }, 'audit checkpoint'));
  });
  // Each module job is its own row per run: one failing is retried alone and stops no other.
  for (const job of moduleJobs) {
    jobs.every(job.name, job.schedule, async (_payload, { scope }) => {
      await job.run(deps, scope ?? undefined);
    });
  }
  const sendMail = createMailSender(deps);
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await dispatcher.dispatch();
      await jobs.tick();
      await sendMail?.();
    } catch (err) {
      log.error(err);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, TICK_MS);
  return {
    async stop() {
      clearInterval(timer);
      while (running) await new Promise((r) => setTimeout(r, 20));
    },
  };
}
