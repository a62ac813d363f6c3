import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../../server/src/app.ts';
import { loadConfig } from '../../server/src/config.ts';
import { createDb } from '../../server/src/db/database.ts';
import { systemClock } from '../../server/src/platform/clock.ts';

/**
 * The web client's types come from the server's OpenAPI document. `write` regenerates them;
 * `check` fails when the committed file is stale, so the client never drifts from the API.
 */
const target = resolve(import.meta.dirname, '../src/api/schema.d.ts');
const config = loadConfig({ DATABASE_URL: ':memory:', SECRET_KEY: 'x'.repeat(32) });
const db = createDb(config.database);
const app = await buildApp({ db, config, clock: systemClock });
await app.ready();
const document = app.swagger();
await app.close();
await db.destroy();

const header =
  '// Generated from the server OpenAPI document by `npm run api:types`. Do not edit.\n';
const text = header + astToString(await openapiTS(JSON.parse(JSON.stringify(document))));

if (process.argv[2] === 'check') {
  const current = readFileSync(target, 'utf8');
  if (current !== text) {
    console.error('web/src/api/schema.d.ts is stale: run `npm run api:types`');
    process.exit(1);
  }
  console.log('API types are current');
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
