import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { backup, DatabaseSync } from 'node:sqlite';
import { loadConfig } from '../config.ts';

/** A consistent online copy of the SQLite database, safe while the server runs. */
const config = loadConfig();
if (config.database.dialect !== 'sqlite') {
  console.error('For PostgreSQL use pg_dump; see docs/operations.md');
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const target = resolve(process.argv[2] ?? `${config.dataDir}/backups/pontis-${stamp}.db`);
mkdirSync(dirname(target), { recursive: true });
const source = new DatabaseSync(config.database.file, { readOnly: true });
const pages = await backup(source, target);
source.close();
console.log(`backup written to ${target} (${pages} pages)`);
