import type { Db, Executor } from '../../db/database.ts';
import { dialectOf } from '../../db/database.ts';
import { type Clock, isoDayIn, isoNow } from '../clock.ts';
import { newId } from '../ids.ts';
import { type DayScope, daysToSchedule, dueAt, type JobSchedule } from './schedule.ts';

/** A daily job's run learns which workspaces and day it covers; others get no scope. */
export type JobHandler = (
  payload: Record<string, unknown>,
  ctx: { db: Db; clock: Clock; scope: DayScope | null },
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
 * Runs due jobs from the table. Periodic work is declared with `every`: the runner writes each
 * run's row ahead (the current slot and the next; a unique key per slot, so any number of
 * servers write it once). A daily job gets one row per time zone its workspaces are in and
 * local day, due at its local time there. Due jobs are claimed with a lease (SKIP LOCKED on
 * PostgreSQL); a failure is retried with backoff and given up after five attempts, keeping the
 * error.
 */
export function createJobRunner(
  db: Db,
  clock: Clock,
  /** Told of every failed attempt, for the log: the table keeps only the last error. */
  onFailure: (
    job: { name: string; attempts: number; gaveUp: boolean },
    error: unknown,
  ) => void = () => {},
) {
  const handlers = new Map<string, JobHandler>();
  const periodic: { name: string; schedule: JobSchedule }[] = [];
  /** The runs this runner has written already, by unique key: each is written once. */
  let written = new Set<string>();
  /** The time zones of the workspaces, read again each minute (a new workspace may add one). */
  let zones: { minute: number; list: string[] } | null = null;

  async function zonesNow(now: number) {
    const minute = Math.floor(now / 60_000);
    if (zones?.minute !== minute) {
      const rows = await db.selectFrom('workspaces').select('time_zone').distinct().execute();
      zones = { minute, list: rows.map((r) => r.time_zone) };
    }
    return zones.list;
  }

  /** The rows a periodic job should have by now: unique key, due time and payload. */
  async function runsOf(name: string, schedule: JobSchedule, now: number) {
    if (schedule.kind === 'every') {
      const slot = Math.floor(now / schedule.everyMs);
      return [slot, slot + 1].map((s) => ({
        uniqueKey: `${name}@${s}`,
        runAt: new Date(s * schedule.everyMs).toISOString(),
        payload: {},
      }));
    }
    return (await zonesNow(now)).flatMap((timeZone) =>
      daysToSchedule(isoDayIn(clock, timeZone)).map((day) => ({
        uniqueKey: `${name}@${timeZone}@${day}`,
        runAt: dueAt(day, schedule.at, timeZone),
        payload: { timeZone, day },
      })),
    );
  }

  async function schedulePeriodic() {
    const now = clock.now().getTime();
    const current = new Set<string>();
    for (const { name, schedule } of periodic) {
      for (const run of await runsOf(name, schedule, now)) {
        if (!written.has(run.uniqueKey)) await enqueueJob(db, clock, { name, ...run });
        current.add(run.uniqueKey);
      }
    }
    // Only the keys still current are remembered, so the set stays small.
    written = current;
  }

  /** The workspaces and day a daily run covers, from the payload its row was written with. */
  async function scopeOf(payload: Record<string, unknown>): Promise<DayScope | null> {
    if (typeof payload.timeZone !== 'string' || typeof payload.day !== 'string') return null;
    const rows = await db
      .selectFrom('workspaces')
      .select('id')
      .where('time_zone', '=', payload.timeZone)
      .execute();
    return { today: payload.day, workspaceIds: rows.map((r) => r.id) };
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
      const scope = await scopeOf(job.payload);
      // A zone whose workspaces have all moved to another one since: nothing to do there.
      if (scope?.workspaceIds?.length !== 0) await handler(job.payload, { db, clock, scope });
      await db
        .updateTable('jobs')
        .set({ done_at: isoNow(clock), locked_until: null })
        .where('id', '=', job.id)
        .execute();
    } catch (error) {
      const giveUp = job.attempts >= MAX_ATTEMPTS;
      onFailure({ name: job.name, attempts: job.attempts, gaveUp: giveUp }, error);
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
