/**
 * `npm run arch`, second half: a module queries only its own tables (and the platform's). Each
 * `*.table.ts` names the tables it owns (`interface Tables extends …` over `…Tables` types);
 * any query in a module's code (`selectFrom`, joins, `updateTable`, `insertInto`,
 * `deleteFrom`) naming another module's table is a violation: it reads through that module's
 * index.ts instead. Violations that predate the check are listed in
 * .table-owners-known.json; a new one fails, and `--baseline` rewrites the list so it shrinks.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const known = join(root, '.table-owners-known.json');
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
const moduleOf = (file) => /server\/src\/modules\/([^/]+)\//.exec(file)?.[1] ?? null;

/** Table name → owning module, from the table files of the modules. */
const owners = new Map();
for (const file of files(join(root, 'server/src/modules'))) {
  if (!file.endsWith('.table.ts')) continue;
  const text = readFileSync(file, 'utf8');
  for (const block of text.matchAll(/export type \w+Tables = \{([^}]*)\}/g))
    for (const [, table] of block[1].matchAll(/(\w+):\s*\w+Table\b/g))
      owners.set(table, moduleOf(file));
}

const QUERY =
  /\b(?:selectFrom|innerJoin|leftJoin|rightJoin|updateTable|insertInto|deleteFrom)\(\s*'(\w+)/g;
const found = [];
for (const file of files(join(root, 'server/src/modules'))) {
  if (/\.(test|fixture)\.ts$/.test(file)) continue;
  const mine = moduleOf(file);
  for (const [, table] of readFileSync(file, 'utf8').matchAll(QUERY)) {
    const owner = owners.get(table);
    if (owner && owner !== mine) found.push(`${relative(root, file)}: ${table} (${owner})`);
  }
}
const violations = [...new Set(found)].sort();

if (process.argv.includes('--baseline')) {
  writeFileSync(known, `${JSON.stringify(violations, null, 2)}\n`);
  console.log(`${violations.length} known reads of other modules' tables written to the baseline`);
} else {
  const listed = new Set(JSON.parse(readFileSync(known, 'utf8')));
  const fresh = violations.filter((v) => !listed.has(v));
  const stale = [...listed].filter((v) => !violations.includes(v));
  for (const v of fresh) console.error(`✖ reads another module's table: ${v}`);
  if (stale.length)
    console.log(`‼ ${stale.length} mended reads still in the baseline: run npm run arch:baseline`);
  console.log(`${violations.length - fresh.length} known reads of other modules' tables ignored`);
  if (fresh.length) process.exit(1);
}
