import type { FastifyInstance } from 'fastify';

/** One process's figures, as it hands them to whoever renders the machine's metrics. */
export type MetricsSnapshot = {
  process: string;
  counts: [string, number][];
  seconds: [string, number][];
  rss: number;
  heapUsed: number;
};

/** Request counts and durations per route and status, kept by this process. */
export function createMetrics() {
  const counts = new Map<string, number>();
  const seconds = new Map<string, number>();
  return {
    observe(route: string, method: string, status: number, durationMs: number) {
      const key = `method="${method}",route="${route}",status="${status}"`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      seconds.set(key, (seconds.get(key) ?? 0) + durationMs / 1000);
    },
    snapshot: (process: string) => processSnapshot(process, counts, seconds),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

/** A process's memory, and its request figures if it serves any. */
export function processSnapshot(
  name: string,
  counts: ReadonlyMap<string, number> = new Map(),
  seconds: ReadonlyMap<string, number> = new Map(),
): MetricsSnapshot {
  const mem = process.memoryUsage();
  return {
    process: name,
    counts: [...counts],
    seconds: [...seconds],
    rss: mem.rss,
    heapUsed: mem.heapUsed,
  };
}

function sum(lists: [string, number][][]): Map<string, number> {
  const total = new Map<string, number>();
  for (const list of lists) for (const [k, v] of list) total.set(k, (total.get(k) ?? 0) + v);
  return total;
}

/**
 * Prometheus text format, kept by hand (small enough not to need a client library): requests
 * summed over every process given, memory per process.
 */
export function renderMetrics(snapshots: MetricsSnapshot[]): string {
  const counts = sum(snapshots.map((s) => s.counts));
  const seconds = sum(snapshots.map((s) => s.seconds));
  const lines = [
    '# HELP http_requests_total Requests served, by route and status.',
    '# TYPE http_requests_total counter',
    ...[...counts].map(([k, v]) => `http_requests_total{${k}} ${v}`),
    '# HELP http_request_duration_seconds_sum Time spent serving requests.',
    '# TYPE http_request_duration_seconds_sum counter',
    ...[...seconds].map(([k, v]) => `http_request_duration_seconds_sum{${k}} ${v.toFixed(6)}`),
    '# HELP process_resident_memory_bytes Resident memory size, by process.',
    '# TYPE process_resident_memory_bytes gauge',
    ...snapshots.map((s) => `process_resident_memory_bytes{process="${s.process}"} ${s.rss}`),
    '# HELP nodejs_heap_used_bytes V8 heap in use, by process.',
    '# TYPE nodejs_heap_used_bytes gauge',
    ...snapshots.map((s) => `nodejs_heap_used_bytes{process="${s.process}"} ${s.heapUsed}`),
  ];
  return `${lines.join('\n')}\n`;
}

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
