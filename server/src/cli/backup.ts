import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { loadConfig } from '../config.ts';

/**
 * A consistent online copy of the SQLite database, safe while the server runs and writes.
 * VACUUM INTO copies one read snapshot, so writes during the copy cannot restart it (as they
 * restart the page-stepping backup API). The copy is written under a temporary name and renamed
 * into place only when complete: the target path never holds a partial file.
 */
type Job = { source: string; partial: string };

if (isMainThread) await main();
else copy(workerData as Job);

async function main() {
  const config = loadConfig();
  if (config.database.dialect !== 'sqlite') {
    console.error('For PostgreSQL use pg_dump; see docs/operations.md');
    process.exit(2);
  }
  const { file } = config.database;
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = resolve(process.argv[2] ?? `${config.dataDir}/backups/pontis-${stamp}.db`);
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  const total = statSync(file).size;
  const started = Date.now();
  console.log(`backing up ${file} (${mb(total)}) to ${target}`);
  // The copy runs in a worker thread so this one can report how far it has come.
  const progress = setInterval(() => {
    const done = existsSync(partial) ? statSync(partial).size : 0;
    console.log(`  ${mb(done)} of about ${mb(total)} copied`);
  }, 1000);
  try {
    await new Promise<void>((done, fail) => {
      const worker = new Worker(new URL(import.meta.url), {
        workerData: { source: file, partial } satisfies Job,
      });
      worker.once('message', () => done());
      worker.once('error', fail);
      worker.once('exit', (code) => fail(new Error(`backup stopped (exit ${code})`)));
    });
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  } finally {
    clearInterval(progress);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`backup written to ${target} (${mb(statSync(target).size)} in ${seconds} s)`);
}

function copy(job: Job) {
  const source = new DatabaseSync(job.source, { readOnly: true });
  try {
    source.prepare('vacuum into ?').run(job.partial);
  } finally {
    source.close();
  }
  parentPort?.postMessage('done');
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
