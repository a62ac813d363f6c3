export const SESSION_COOKIE = 'pontis_session';
/** A session unused this long ends. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** And every session ends this long after login, used or not. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, so reads do not all become writes. */
export const SESSION_TOUCH_MS = 60 * 1000;
