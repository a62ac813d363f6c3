import { migrateToLatest } from '../db/migrator.ts';
import { withStartupLock } from '../db/startup-lock.ts';
import { syncBuiltinRoles } from '../platform/access/roles.repository.ts';
import type { Deps } from '../platform/context.ts';
import { seedDemoIfEmpty } from '../seed/demo.ts';

/**
 * Brings the database to what this code expects, once per start and before any process
 * serves: migrations, the built-in roles, and the demo on an empty database. Several machines
 * starting at once on one PostgreSQL database take turns. Answers whether it seeded the demo.
 */
export function prepareDatabase(deps: Deps): Promise<boolean> {
  return withStartupLock(deps.db, async () => {
    await migrateToLatest(deps.db);
    await syncBuiltinRoles(deps.db, deps.clock.now().toISOString());
    return seedDemoIfEmpty(deps);
  });
}
