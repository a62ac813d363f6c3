import type { Db } from '../../db/database.ts';
import type { Clock } from '../clock.ts';
import { AppError } from '../errors/app-error.ts';
import { newId } from '../ids.ts';

const WINDOW_MS = 15 * 60 * 1000;
const MAX_PER_ACCOUNT = 5;
const MAX_PER_IP = 20;

/**
 * Failed logins are counted in the database, so the limit holds across app servers: more than
 * 5 per account or 20 per IP within 15 minutes gets 429 until the oldest failure ages out.
 */
export async function assertNotThrottled(db: Db, clock: Clock, email: string, ip: string) {
  const since = new Date(clock.now().getTime() - WINDOW_MS).toISOString();
  const checks = [
    { column: 'email' as const, value: email, max: MAX_PER_ACCOUNT },
    { column: 'ip' as const, value: ip, max: MAX_PER_IP },
  ];
  for (const check of checks) {
    const rows = await db
      .selectFrom('login_failures')
      .select('at')
      .where(check.column, '=', check.value)
      .where('at', '>', since)
      .orderBy('at', 'desc')
      .limit(check.max)
      .execute();
    const oldest = rows.at(-1);
    if (rows.length >= check.max && oldest) {
      const retryMs = Date.parse(oldest.at) + WINDOW_MS - clock.now().getTime();
      throw new AppError('rate_limited', 'Too many failed sign-ins; try again later', {
        headers: { 'retry-after': String(Math.max(1, Math.ceil(retryMs / 1000))) },
      });
    }
  }
}

export function recordLoginFailure(db: Db, clock: Clock, email: string, ip: string) {
  return db
    .insertInto('login_failures')
    .values({ id: newId(), email, ip, at: clock.now().toISOString() })
    .execute();
}
