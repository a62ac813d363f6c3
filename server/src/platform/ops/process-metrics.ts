import { randomUUID } from 'node:crypto';
import type { MetricsSnapshot } from './metrics.ts';

/**
 * Metrics across the processes of one machine. `npm start` serves from several HTTP
 * processes, and a scrape lands on any one of them; that one asks the primary, which asks
 * every process for its snapshot and answers with all of them.
 */
type Message =
  | { type: 'metrics:gather'; id: string }
  | { type: 'metrics:snapshot'; id: string; snapshot: MetricsSnapshot }
  | { type: 'metrics:gathered'; id: string; snapshots: MetricsSnapshot[] };

const isMessage = (m: unknown): m is Message =>
  typeof m === 'object' &&
  m !== null &&
  String((m as { type?: unknown }).type).startsWith('metrics:');

/** How long the primary waits for a process that does not answer (it is left out). */
const ANSWER_MS = 1000;

/** In a process the primary started: answer its requests with this process's snapshot. */
export function answerMetricsRequests(own: () => MetricsSnapshot) {
  process.on('message', (m: unknown) => {
    if (isMessage(m) && m.type === 'metrics:gather')
      process.send?.({ type: 'metrics:snapshot', id: m.id, snapshot: own() });
  });
}

/** Every process's snapshot, or only this one's outside a cluster (tests, a lone process). */
export function gatherMetrics(own: () => MetricsSnapshot): Promise<MetricsSnapshot[]> {
  const send = process.send?.bind(process);
  if (!send) return Promise.resolve([own()]);
  const id = randomUUID();
  return new Promise((resolve) => {
    const done = (snapshots: MetricsSnapshot[]) => {
      clearTimeout(timer);
      process.off('message', listen);
      resolve(snapshots);
    };
    const listen = (m: unknown) => {
      if (isMessage(m) && m.type === 'metrics:gathered' && m.id === id) done(m.snapshots);
    };
    const timer = setTimeout(() => done([own()]), 2 * ANSWER_MS);
    process.on('message', listen);
    send({ type: 'metrics:gather', id });
  });
}

type Child = { send: (m: Message) => unknown };

/**
 * In the primary: every message from a process passes through `onMessage`; a process that
 * asks gets the snapshots of every live process (those that answer within a second).
 */
export function createMetricsGathering(children: () => Child[]) {
  const pending = new Map<
    string,
    { expected: number; snapshots: MetricsSnapshot[]; reply: () => void }
  >();
  return {
    onMessage(from: Child, m: unknown) {
      if (!isMessage(m)) return;
      if (m.type === 'metrics:gather') {
        const all = children();
        const request = {
          expected: all.length,
          snapshots: [] as MetricsSnapshot[],
          reply: () => {
            clearTimeout(timer);
            pending.delete(m.id);
            from.send({ type: 'metrics:gathered', id: m.id, snapshots: request.snapshots });
          },
        };
        const timer = setTimeout(request.reply, ANSWER_MS);
        pending.set(m.id, request);
        for (const child of all) child.send(m);
      } else if (m.type === 'metrics:snapshot') {
        const request = pending.get(m.id);
        request?.snapshots.push(m.snapshot);
        if (request && request.snapshots.length === request.expected) request.reply();
      }
    },
  };
}
