import cluster, { type Worker } from 'node:cluster';
import type { Config } from '../config.ts';
import { createMetricsGathering } from '../platform/ops/process-metrics.ts';
import { onStopSignal } from './stop-signal.ts';

export type ProcessRole = 'prepare' | 'http' | 'worker';

/** What the prepare process tells the primary before it exits: the demo's sign-in, if it made one. */
export type Prepared = { login: { email: string; password: string } | null };

/** More exits than this within a minute is a crash loop: stop rather than spin. */
const MAX_RESTARTS_PER_MINUTE = 5;
const STOP_GRACE_MS = 10_000;

/**
 * The primary of `npm start`: it loads no application code. It runs one short-lived process
 * that migrates and seeds, then one HTTP process per core (sharing the port) and one worker
 * process for background work; it replaces any that dies and stops them all on a signal.
 */
export async function runPrimary(config: Config) {
  const prepared = await prepare();
  const supervisor = supervise(config.webConcurrency);
  onStopSignal(supervisor.stop);
  await supervisor.listening;
  const where = config.database.dialect === 'sqlite' ? config.database.file : 'PostgreSQL';
  const banner = [
    `\nPontis is running at ${config.publicUrl}  (database: ${where}; ` +
      `${config.webConcurrency} HTTP processes and a worker)`,
  ];
  if (prepared.login)
    banner.push(
      `Demo workspace created. Sign in as ${prepared.login.email} / ${prepared.login.password}`,
    );
  console.log(banner.join('\n'));
}

function fork(role: ProcessRole): Worker {
  return cluster.fork({ PONTIS_PROCESS: role });
}

function prepare(): Promise<Prepared> {
  return new Promise((resolve, reject) => {
    let prepared: Prepared | null = null;
    const p = fork('prepare');
    p.on('message', (m: Prepared) => {
      prepared = m;
    });
    p.on('exit', (code) =>
      code === 0 && prepared
        ? resolve(prepared)
        : reject(new Error(`preparing the database failed (exit code ${code})`)),
    );
  });
}

function supervise(httpProcesses: number) {
  const roles = new Map<number, ProcessRole>();
  const exits: number[] = [];
  let stopping = false;
  let listened = 0;
  let onListening: () => void = () => {};
  const listening = new Promise<void>((resolve) => {
    onListening = resolve;
  });

  const live = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
  const metrics = createMetricsGathering(() => live().filter((w) => roles.has(w.id)));
  cluster.on('message', (worker, message) => metrics.onMessage(worker, message));
  const start = (role: ProcessRole) => roles.set(fork(role).id, role);
  cluster.on('listening', () => {
    if (++listened === httpProcesses) onListening();
  });
  cluster.on('exit', (worker, code, signal) => {
    const role = roles.get(worker.id);
    roles.delete(worker.id);
    if (stopping || !role) return;
    const now = Date.now();
    exits.push(now);
    while ((exits[0] ?? now) < now - 60_000) exits.shift();
    if (listened < httpProcesses || exits.length > MAX_RESTARTS_PER_MINUTE) {
      console.error(`The ${role} process exited (${signal ?? code}); stopping.`);
      void stop().then(() => process.exit(1));
      return;
    }
    console.error(`The ${role} process exited (${signal ?? code}); starting another.`);
    start(role);
  });

  async function stop() {
    stopping = true;
    const alive = live();
    const gone = alive.map((w) => new Promise((resolve) => w.once('exit', resolve)));
    for (const w of alive) w.process.kill('SIGTERM');
    const late = setTimeout(() => {
      for (const w of alive) w.process.kill('SIGKILL');
    }, STOP_GRACE_MS);
    await Promise.all(gone);
    clearTimeout(late);
  }

  for (let i = 0; i < httpProcesses; i++) start('http');
  start('worker');
  return { listening, stop };
}
