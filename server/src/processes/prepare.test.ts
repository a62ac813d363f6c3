import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createDb } from '../db/database.ts';
import { dialects, emptyDatabase } from '../test/databases.ts';

const run = promisify(execFile);

/** One server's start-up, in a process of its own as on its own machine: did it seed? */
async function startUp(databaseUrl: string): Promise<boolean> {
  const script = `
    import { loadConfig } from '${import.meta.dirname}/../config.ts';
    import { createDb } from '${import.meta.dirname}/../db/database.ts';
    import { systemClock } from '${import.meta.dirname}/../platform/clock.ts';
    import { prepareDatabase } from '${import.meta.dirname}/prepare.ts';
    const config = loadConfig();
    const db = createDb(config.database);
    console.log(await prepareDatabase({ db, config, clock: systemClock }));
    await db.destroy();`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, DATABASE_URL: databaseUrl, SECRET_KEY: 'k'.repeat(32) },
  });
  return stdout.trim() === 'true';
}

describe.each(dialects)('starting on %s', (dialect) => {
  it('migrates and seeds an empty database once when two servers start on it together', async () => {
    const empty = await emptyDatabase(dialect);
    const url = empty.config.dialect === 'sqlite' ? empty.config.file : empty.config.url;
    const db = createDb(empty.config);
    try {
      const seeded = await Promise.all([startUp(url), startUp(url)]);
      expect(seeded.filter(Boolean)).toHaveLength(1);
      const workspaces = await db.selectFrom('workspaces').select('name').execute();
      expect(workspaces.map((w) => w.name)).toEqual(['Pontis Demo']);
      // A later start finds everything in place and changes nothing.
      expect(await startUp(url)).toBe(false);
    } finally {
      await db.destroy();
      await empty.drop();
    }
  }, 60_000);
});
