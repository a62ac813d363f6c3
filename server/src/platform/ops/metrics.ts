import type { FastifyInstance } from 'fastify';

/**
 * Prometheus text format, kept by hand: request counts and durations per route and status,
 * plus process memory. Small enough not to need a client library.
 */
export function createMetrics() {
  const counts = new Map<string, number>();
  const seconds = new Map<string, number>();
  return {
    observe(route: string, method: string, status: number, durationMs: number) {
      const key = `method="${method}",route="${route}",status="${status}"`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      seconds.set(key, (seconds.get(key) ?? 0) + durationMs / 1000);
    },
    render(): string {
      const mem = process.memoryUsage();
      const lines = [
        '# HELP http_requests_total Requests served, by route and status.',
        '# TYPE http_requests_total counter',
        ...[...counts].map(([k, v]) => `http_requests_total{${k}} ${v}`),
        '# HELP http_request_duration_seconds_sum Time spent serving requests.',
        '# TYPE http_request_duration_seconds_sum counter',
        ...[...seconds].map(([k, v]) => `http_request_duration_seconds_sum{${k}} ${v.toFixed(6)}`),
        '# HELP process_resident_memory_bytes Resident memory size.',
        '# TYPE process_resident_memory_bytes gauge',
        `process_resident_memory_bytes ${mem.rss}`,
        '# HELP nodejs_heap_used_bytes V8 heap in use.',
        '# TYPE nodejs_heap_used_bytes gauge',
        `nodejs_heap_used_bytes ${mem.heapUsed}`,
      ];
      return `${lines.join('\n')}\n`;
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

export function registerMetrics(app: FastifyInstance, metrics: Metrics) {
  app.addHook('onResponse', async (request, reply) => {
    metrics.observe(
      request.routeOptions.url ?? 'unmatched',
      request.method,
      reply.statusCode,
      reply.elapsedTime,
    );
  });
}
