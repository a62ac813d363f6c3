import type { Db, Executor } from '../../db/database.ts';
import { dialectOf } from '../../db/database.ts';
import { type Clock, isoNow } from '../clock.ts';
import { newId } from '../ids.ts';
import type { JobSchedule } from './schedule.ts';

export type JobHandler = (
  payload: Record<string, unknown>,
  ctx: { db: Db; clock: Clock },
) => Promise<void>;

const BATCH = 20;
const LEASE_MS = 5 * 60_000;
const MAX_ATTEMPTS = 5;

/** Enqueues work in the caller's transaction: the job exists only if the change commits. */
export async function enqueueJob(
  trx: Executor,
  clock: Clock,
  job: { name: string; payload?: Record<string, unknown>; runAt?: string; uniqueKey?: string },
): Promise<void> {
  await trx
    .insertInto('jobs')
    .values({
      id: newId(),
      name: job.name,
      payload: JSON.stringify(job.payload ?? {}),
      unique_key: job.uniqueKey ?? null,
      run_at: job.runAt ?? isoNow(clock),
      created_at: isoNow(clock),
    })
    .onConflict((oc) => oc.column('unique_key').doNothing())
    .execute();
}

/**
 * Runs due jobs from the table. Periodic work is declared with `every`: each tick makes sure
 * the current slot's run exists (one row per slot, whatever the number of servers). Due jobs
 * are claimed with a lease (SKIP LOCKED on PostgreSQL); a failure is retried with backoff and
 * given up after five attempts, keeping the error.
 */
export function createJobRunner(db: Db, clock: Clock) {
  const handlers = new Map<string, JobHandler>();
  const periodic: { name: string; schedule: JobSchedule }[] = [];
  /** The slot each periodic job was last scheduled for here: a new slot means new rows. */
  const scheduled = new Map<string, number>();

  async function schedulePeriodic() {
    const now = clock.now().getTime();
    for (const { name, schedule } of periodic) {
      const offset = schedule.offsetMs ?? 0;
      const slot = Math.floor((now - offset) / schedule.everyMs);
      if (scheduled.get(name) === slot) continue;
      scheduled.set(name, slot);
      // The next run is written ahead too, so anyone can read when it is due.
      for (const s of [slot, slot + 1]) {
        await enqueueJob(db, clock, {
          name,
          uniqueKey: `${name}@${s}`,
          runAt: new Date(s * schedule.everyMs + offset).toISOString(),
        });
      }
    }
  }

  async function claim() {
    const now = isoNow(clock);
    let due = db
      .selectFrom('jobs')
      .select('id')
      .where('done_at', 'is', null)
      .where('failed_at', 'is', null)
      .where('run_at', '<=', now)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
      .orderBy('run_at')
      .limit(BATCH);
    if (dialectOf(db) === 'postgres') due = due.forUpdate().skipLocked();
    return db
      .updateTable('jobs')
      .set((eb) => ({
        locked_until: new Date(clock.now().getTime() + LEASE_MS).toISOString(),
        started_at: now,
        attempts: eb('attempts', '+', 1),
      }))
      .where('id', 'in', due)
      .returning(['id', 'name', 'payload', 'attempts'])
      .execute();
  }

  async function run(job: Awaited<ReturnType<typeof claim>>[number]) {
    const handler = handlers.get(job.name);
    try {
      if (!handler) throw new Error(`no handler for job ${job.name}`);
      await handler(job.payload, { db, clock });
      await db
        .updateTable('jobs')
        .set({ done_at: isoNow(clock), locked_until: null })
        .where('id', '=', job.id)
        .execute();
    } catch (error) {
      const giveUp = job.attempts >= MAX_ATTEMPTS;
      await db
        .updateTable('jobs')
        .set({
          locked_until: null,
          last_error: String(error).slice(0, 1000),
          failed_at: giveUp ? isoNow(clock) : null,
          run_at: new Date(clock.now().getTime() + 1000 * 4 ** job.attempts).toISOString(),
        })
        .where('id', '=', job.id)
        .execute();
    }
  }

  return {
    register(name: string, handler: JobHandler) {
      handlers.set(name, handler);
    },
    every(name: string, schedule: JobSchedule, handler: JobHandler) {
      handlers.set(name, handler);
      periodic.push({ name, schedule });
    },
    /** One pass: schedule periodic runs, then run what is due. Returns how many ran. */
    async tick(): Promise<number> {
      await schedulePeriodic();
      const jobs = await claim();
      for (const job of jobs) await run(job);
      return jobs.length;
    },
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;
