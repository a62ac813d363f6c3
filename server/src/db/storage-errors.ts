/**
 * Whether an error means the database cannot store anything right now (disk full, I/O error,
 * read-only file system, the server gone or refusing connections), rather than a fault in the
 * request or the code. Such a request answers 503 and is worth retrying; the cause is logged.
 */
export function isStorageUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const e = error as Error & { code?: unknown; errcode?: unknown };
  if (e.code === 'ERR_SQLITE_ERROR' && typeof e.errcode === 'number') {
    // The primary result code is the low byte of an extended one (SQLITE_IOERR_WRITE = 778).
    return SQLITE_UNAVAILABLE.has(e.errcode & 0xff);
  }
  if (typeof e.code !== 'string') return false;
  // PostgreSQL: class 53 insufficient resources (53100 disk full), 57P0x shutting down or not
  // accepting connections, class 08 connection exceptions; Node: the socket to it failed.
  return /^(53|57P0|08)/.test(e.code) || NETWORK_CODES.has(e.code);
}

/** SQLITE_BUSY (5, after the busy timeout), READONLY (8), IOERR (10), FULL (13), CANTOPEN (14). */
const SQLITE_UNAVAILABLE = new Set([5, 8, 10, 13, 14]);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);
