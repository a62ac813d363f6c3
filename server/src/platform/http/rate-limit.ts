import type { FastifyRequest } from 'fastify';
import type { Clock } from '../clock.ts';
import { AppError } from '../errors/app-error.ts';

/**
 * A fixed-window counter per route and IP, in memory: a coarse guard against floods on
 * sensitive routes. Account-level login throttling is in the database (see login.service).
 */
export function createRateLimiter(clock: Clock) {
  const windows = new Map<string, { start: number; count: number }>();
  return (request: FastifyRequest): void => {
    const limit = request.routeOptions.config.rateLimit;
    if (!limit) return;
    const now = clock.now().getTime();
    const key = `${request.routeOptions.url}|${request.ip}`;
    let w = windows.get(key);
    if (!w || now - w.start >= limit.windowMs) {
      w = { start: now, count: 0 };
      windows.set(key, w);
      if (windows.size > 50_000) windows.clear();
    }
    w.count++;
    if (w.count > limit.max) {
      const retryAfter = Math.ceil((w.start + limit.windowMs - now) / 1000);
      throw new AppError('rate_limited', 'Too many requests; try again later', {
        headers: { 'retry-after': String(retryAfter) },
      });
    }
  };
}
