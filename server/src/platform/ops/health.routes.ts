import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { migrationsCurrent } from '../../db/migrator.ts';
import type { App } from '../http/route.ts';
import { type MetricsSnapshot, renderMetrics } from './metrics.ts';

/** Outside /api/v1: probes for load balancers and Prometheus, no session needed. */
/** Where /metrics gets its figures: this process's, or every process's of the machine. */
export type GatherMetrics = () => Promise<MetricsSnapshot[]>;

export function healthRoutes(app: App, db: Db, gather: GatherMetrics) {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { schema: { hide: true } }, async (_req, reply) => {
    try {
      await sql`select 1`.execute(db);
      if (!(await migrationsCurrent(db)))
        return reply.code(503).send({ status: 'migrations pending' });
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'database unreachable' });
    }
  });

  app.get('/metrics', { schema: { hide: true } }, async (_req, reply) =>
    reply.type('text/plain; version=0.0.4').send(renderMetrics(await gather())),
  );
}
