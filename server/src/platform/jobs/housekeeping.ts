import { SESSION_IDLE_MS } from '../auth/session-policy.ts';
import type { JobHandler } from './jobs.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Removes rows that can no longer matter: ended sessions, old login failures (the throttle
 * window is 15 minutes), stored idempotent responses after a day, used or expired one-time
 * tokens after a week, finished jobs after a month, and delivered events (with their
 * deliveries) after three months.
 */
export const housekeeping: JobHandler = async (_payload, { db, clock }) => {
  const now = clock.now().getTime();
  const ago = (ms: number) => new Date(now - ms).toISOString();
  await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([eb('expires_at', '<', ago(0)), eb('last_seen_at', '<', ago(SESSION_IDLE_MS))]),
    )
    .execute();
  await db.deleteFrom('login_failures').where('at', '<', ago(DAY_MS)).execute();
  await db.deleteFrom('idempotency_keys').where('created_at', '<', ago(DAY_MS)).execute();
  await db
    .deleteFrom('one_time_tokens')
    .where('purpose', '=', 'password_reset')
    .where((eb) =>
      eb.or([eb('used_at', '<', ago(7 * DAY_MS)), eb('expires_at', '<', ago(7 * DAY_MS))]),
    )
    .execute();
  await db
    .deleteFrom('jobs')
    .where('done_at', '<', ago(30 * DAY_MS))
    .execute();
  await db
    .deleteFrom('events')
    .where('dispatched_at', '<', ago(90 * DAY_MS))
    .execute();
};

export const HOUSEKEEPING_EVERY_MS = 60 * 60 * 1000;
