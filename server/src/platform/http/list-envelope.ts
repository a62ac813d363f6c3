import type { RouteOptions } from 'fastify';
import { z } from 'zod';

/**
 * Every list answers one envelope, `{ items, nextCursor }`, and takes `limit` and `cursor`.
 * Checked as routes register, so a list shaped any other way stops the app from starting
 * instead of reaching an integrator.
 */
export function assertListEnvelope(route: RouteOptions): void {
  if (route.method !== 'GET') return;
  const ok = (route.schema?.response as Record<number, unknown> | undefined)?.[200];
  const where = `GET ${route.url}`;
  if (ok instanceof z.ZodArray) throw new Error(`${where} answers a bare array, not a page`);
  if (!(ok instanceof z.ZodObject)) return;
  const { items, nextCursor } = ok.shape as Record<string, unknown>;
  if (!items && !nextCursor) return;
  if (!nextCursor) throw new Error(`${where} answers items without nextCursor`);
  if (!items) throw new Error(`${where} answers a cursor whose rows are not called items`);
  const query = route.schema?.querystring;
  const paged = query instanceof z.ZodObject && 'limit' in query.shape && 'cursor' in query.shape;
  if (!paged) throw new Error(`${where} answers a page but takes no limit and cursor`);
}
