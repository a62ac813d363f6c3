import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

export const BENCH_LOGIN = { email: 'bench@pontis.local', password: 'pontis-bench' } as const;

const DEFAULT_FILE = resolve(import.meta.dirname, 'data/bench.db');

/** DATABASE_URL when given; otherwise bench/data/bench.db (removed first when `fresh`). */
export function benchDatabaseUrl(fresh = false): string {
  const given = process.env.DATABASE_URL;
  if (given) return given;
  if (fresh)
    for (const suffix of ['', '-wal', '-shm']) rmSync(DEFAULT_FILE + suffix, { force: true });
  return DEFAULT_FILE;
}
