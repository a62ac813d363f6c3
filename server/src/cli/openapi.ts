import { writeFileSync } from 'node:fs';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { createDb } from '../db/database.ts';
import { systemClock } from '../platform/clock.ts';

/** Writes the OpenAPI document the server serves at /api/openapi.json to a file (or stdout). */
const config = loadConfig({
  DATABASE_URL: ':memory:',
  SECRET_KEY: 'x'.repeat(32),
  PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://localhost:3000',
});
const db = createDb(config.database);
const app = await buildApp({ db, config, clock: systemClock });
await app.ready();
const text = `${JSON.stringify(app.swagger(), null, 2)}\n`;
await app.close();
await db.destroy();
if (process.argv[2]) writeFileSync(process.argv[2], text);
else process.stdout.write(text);
