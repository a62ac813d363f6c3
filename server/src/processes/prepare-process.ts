import type { Config } from '../config.ts';
import { createDb } from '../db/database.ts';
import { systemClock } from '../platform/clock.ts';
import { DEMO_LOGIN } from '../seed/demo.ts';
import { prepareDatabase } from './prepare.ts';
import type { Prepared } from './primary.ts';

/** Migrates and seeds, tells the primary whether the demo was created, and exits. */
export async function runPrepareProcess(config: Config) {
  const db = createDb(config.database);
  try {
    const seeded = await prepareDatabase({ db, config, clock: systemClock });
    const prepared: Prepared = { login: seeded ? DEMO_LOGIN : null };
    // Run by hand (not by the primary) there is nobody to tell.
    if (process.send)
      await new Promise((resolve) => process.send?.(prepared, undefined, {}, resolve));
  } finally {
    await db.destroy();
  }
}
