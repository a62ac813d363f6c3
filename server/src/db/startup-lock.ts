import { sql } from 'kysely';
import { type Db, dialectOf } from './database.ts';

/** Any constant both servers agree on: it names the lock, not a row. */
const STARTUP_LOCK = 7_260_421;

/**
 * Runs `work` while holding a database-wide lock, so that several machines starting at once
 * on one empty PostgreSQL database migrate and seed it once: the others wait, then find the
 * work done. On SQLite the one machine's primary process is the only one that gets here.
 */
export async function withStartupLock<T>(db: Db, work: () => Promise<T>): Promise<T> {
  if (dialectOf(db) !== 'postgres') return work();
  // A session lock on one held connection; the work itself uses the pool's other ones.
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${STARTUP_LOCK})`.execute(conn);
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(${STARTUP_LOCK})`.execute(conn);
    }
  });
}
