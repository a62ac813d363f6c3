import { loadConfig } from '../config.ts';
import { createDb } from '../db/database.ts';
import { migrateToLatest } from '../db/migrator.ts';

const db = createDb(loadConfig().database);
await migrateToLatest(db);
await db.destroy();
console.log('migrations are current');
