import type { Db } from '../../db/database.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the jobs page shows of one job: how it last went, what runs now, what comes next. */
export type JobSummary = {
  name: string;
  lastRun: {
    startedAt: string | null;
    finishedAt: string;
    durationMs: number | null;
    outcome: 'done' | 'failed';
  } | null;
  runningSince: string | null;
  /** A run that failed and waits for its next attempt. */
  retrying: boolean;
  nextRunAt: string | null;
  runsLast30Days: number;
  failuresLast30Days: number;
};

/**
 * Every job the queue has seen, by name, in two grouped reads: the counts and times per name,
 * then the latest finished run of each. Error texts stay out: jobs run for every workspace of
 * the installation, so theirs may name any; the worker's log has them.
 */
export async function jobSummaries(db: Db, now: Date): Promise<JobSummary[]> {
  const at = now.toISOString();
  const since = new Date(now.getTime() - 30 * DAY_MS).toISOString();
  const groups = await db
    .selectFrom('jobs')
    .select((eb) => [
      'name',
      eb.fn
        .min('run_at')
        .filterWhere((w) =>
          w.and([
            w('done_at', 'is', null),
            w('failed_at', 'is', null),
            w.or([w('locked_until', 'is', null), w('locked_until', '<=', at)]),
          ]),
        )
        .as('next_run_at'),
      eb.fn
        .min('started_at')
        .filterWhere((w) =>
          w.and([w('done_at', 'is', null), w('failed_at', 'is', null), w('locked_until', '>', at)]),
        )
        .as('running_since'),
      eb.fn
        .countAll<number>()
        .filterWhere((w) =>
          w.and([
            w('done_at', 'is', null),
            w('failed_at', 'is', null),
            w('attempts', '>', 0),
            w.or([w('locked_until', 'is', null), w('locked_until', '<=', at)]),
          ]),
        )
        .as('retrying'),
      eb.fn.countAll<number>().filterWhere('done_at', '>=', since).as('done'),
      eb.fn.countAll<number>().filterWhere('failed_at', '>=', since).as('failed'),
    ])
    .groupBy('name')
    .orderBy('name')
    .execute();
  const last = await db
    .selectFrom('jobs as j')
    .select(['j.name', 'j.started_at', 'j.done_at', 'j.failed_at'])
    .where((eb) =>
      eb(
        eb.fn.coalesce('j.done_at', 'j.failed_at'),
        '=',
        eb
          .selectFrom('jobs as k')
          .select((k) => k.fn.max(k.fn.coalesce('k.done_at', 'k.failed_at')).as('m'))
          .whereRef('k.name', '=', 'j.name'),
      ),
    )
    .execute();
  const lastByName = new Map(last.map((r) => [r.name, r]));
  return groups.map((g) => {
    const l = lastByName.get(g.name);
    const finishedAt = l ? (l.done_at ?? l.failed_at) : null;
    return {
      name: g.name,
      lastRun:
        l && finishedAt
          ? {
              startedAt: l.started_at,
              finishedAt,
              durationMs: l.started_at ? Date.parse(finishedAt) - Date.parse(l.started_at) : null,
              outcome: l.done_at ? 'done' : 'failed',
            }
          : null,
      runningSince: g.running_since ?? null,
      retrying: Number(g.retrying) > 0,
      nextRunAt: g.next_run_at ?? null,
      runsLast30Days: Number(g.done) + Number(g.failed),
      failuresLast30Days: Number(g.failed),
    };
  });
}
