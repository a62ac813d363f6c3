import { loadConfig } from '../config.ts';
import { createDb } from '../db/database.ts';
import { verifyAllChains } from '../platform/audit/audit-verify.ts';

/** Exits 1 when any chain is broken, naming the first broken entry of each. */
const config = loadConfig();
const db = createDb(config.database);
const reports = await verifyAllChains(db, config.secretKey);
await db.destroy();
let broken = 0;
for (const r of reports) {
  if (r.ok) console.log(`ok      ${r.chain}  ${r.entries} entries`);
  else {
    broken++;
    console.log(
      `BROKEN  ${r.chain}  at seq ${r.brokenAt?.seq} (entry ${r.brokenAt?.id}, ${r.brokenAt?.reason})`,
    );
  }
}
console.log(broken ? `${broken} chain(s) broken` : `all ${reports.length} chain(s) intact`);
process.exit(broken ? 1 : 0);
