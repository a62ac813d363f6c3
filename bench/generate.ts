import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { loadConfig } from '../server/src/config.ts';
import { createDb } from '../server/src/db/database.ts';
import { migrateToLatest } from '../server/src/db/migrator.ts';
import { chainOf, entryHash } from '../server/src/platform/audit/audit-chain.ts';
import { systemClock } from '../server/src/platform/clock.ts';
import { systemActor } from '../server/src/platform/context.ts';
import { hashPassword } from '../server/src/platform/crypto.ts';
import { createWorkspace } from '../server/src/platform/workspaces/workspaces.service.ts';
import { generateBusiness } from './business-data.ts';
import { generateFinance } from './finance-data.ts';
import { generatePeople } from './people-data.ts';
import { generateProjects } from './project-data.ts';
import { seeded } from './seeded.ts';
import { BENCH_LOGIN, benchDatabaseUrl } from './settings.ts';

/**
 * Benchmark data at scale S in one workspace, from a fixed seed: S × 1,000 members and
 * S × 1,000,000 audit entries with a valid hash chain; S × 5,000 clients with 50,000 contacts,
 * 10,000 opportunities, 3,000 suppliers and 20,000 contracts; 2,000 people with 20,000
 * skills and 10,000 bookings over 300 skills; 400 projects with 40,000 tasks and 1,000,000
 * time entries; 100,000 issued invoices with 500,000 lines and 2,000,000 journal lines. Usage: npm run bench:data -- --scale 1
 * (DATABASE_URL picks the database; default bench/data/bench.db, which is replaced).
 */
const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' } } });
const scale = Number(values.scale);
if (!(scale > 0)) throw new Error('--scale must be a positive number');

const MEMBERS = Math.round(1000 * scale);
const AUDIT_ENTRIES = Math.round(1_000_000 * scale);
const BATCH = 1000;
const START = Date.parse('2025-01-01T00:00:00.000Z');
const rand = seeded(42);

const config = loadConfig({ ...process.env, DATABASE_URL: benchDatabaseUrl(true) });
const db = createDb(config.database);
await migrateToLatest(db);
if (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) {
  throw new Error('the bench database is not empty; point DATABASE_URL at an empty one');
}

const ctx = {
  db,
  config,
  clock: systemClock,
  actor: systemActor,
  membership: null,
  requestId: null,
  ip: null,
};
const passwordHash = await hashPassword(BENCH_LOGIN.password);
const adminId = rand.uuid(START);
await db
  .insertInto('users')
  .values(userRow(adminId, BENCH_LOGIN.email, 'Bench Admin', START))
  .execute();
const { workspaceId, roleIds } = await db
  .transaction()
  .execute((trx) =>
    createWorkspace(trx, ctx, { name: 'Bench', baseCurrency: 'CNY', ownerUserId: adminId }),
  );

const firstNames = [
  'Wei',
  'Fang',
  'Li',
  'Na',
  'Jun',
  'Anna',
  'Ravi',
  'Maria',
  'Tom',
  'Yuki',
  'Omar',
  'Lena',
];
const lastNames = [
  'Wang',
  'Zhang',
  'Liu',
  'Chen',
  'Smith',
  'Garcia',
  'Kumar',
  'Müller',
  'Sato',
  'Haddad',
];
const roleKeys = Object.keys(roleIds) as (keyof typeof roleIds)[];
const memberUserIds: string[] = [adminId];

console.time(`members (${MEMBERS})`);
for (let i = 0; i < MEMBERS; i += BATCH) {
  const users = [];
  const members = [];
  for (let j = i; j < Math.min(i + BATCH, MEMBERS); j++) {
    const at = new Date(START + j * 60_000).toISOString();
    const userId = rand.uuid(START + j * 60_000);
    const name = `${rand.pick(firstNames)} ${rand.pick(lastNames)} ${j}`;
    users.push(userRow(userId, `member${j}@bench.local`, name, START + j * 60_000));
    members.push({
      id: rand.uuid(START + j * 60_000),
      workspace_id: workspaceId,
      user_id: userId,
      role_id: roleIds[rand.pick(roleKeys)],
      name,
      status: rand.next() < 0.05 ? ('disabled' as const) : ('active' as const),
      party_type: null,
      party_id: null,
      created_at: at,
      updated_at: at,
      created_by: adminId,
    });
    memberUserIds.push(userId);
  }
  await db.insertInto('users').values(users).execute();
  await db.insertInto('members').values(members).execute();
}
console.timeEnd(`members (${MEMBERS})`);

console.time(`audit entries (${AUDIT_ENTRIES})`);
const chain = chainOf(workspaceId);
const actions = [
  'member.update',
  'role.update',
  'invitation.create',
  'api_token.create',
  'access.denied',
];
const head = await db
  .selectFrom('audit_heads')
  .select(['seq', 'last_hash'])
  .where('chain', '=', chain)
  .executeTakeFirstOrThrow();
let prevHash = head.last_hash;
let seq = head.seq;
const stepMs = Math.floor((Date.parse('2026-11-01T00:00:00.000Z') - START) / AUDIT_ENTRIES);
for (let i = 0; i < AUDIT_ENTRIES; i += BATCH) {
  const rows = [];
  for (let j = i; j < Math.min(i + BATCH, AUDIT_ENTRIES); j++) {
    seq++;
    const ms = START + j * stepMs;
    const actorId = rand.pick(memberUserIds);
    const entry = {
      id: rand.uuid(ms),
      chain,
      seq,
      workspace_id: workspaceId,
      at: new Date(ms).toISOString(),
      actor_type: 'user' as const,
      actor_id: actorId,
      actor_label: `${actorId.slice(-6)}@bench.local`,
      action: rand.pick(actions),
      entity_type: 'member',
      entity_id: rand.pick(memberUserIds),
      changes: { status: { before: 'active', after: 'disabled' } },
      request_id: null,
      ip: '10.0.0.1',
      prev_hash: prevHash,
    };
    const hash = entryHash(entry);
    prevHash = hash;
    rows.push({ ...entry, changes: JSON.stringify(entry.changes), hash });
  }
  await db.insertInto('audit_entries').values(rows).execute();
}
await db
  .updateTable('audit_heads')
  .set({ seq, last_hash: prevHash })
  .where('chain', '=', chain)
  .execute();
console.timeEnd(`audit entries (${AUDIT_ENTRIES})`);
const business = await generateBusiness(db, rand, workspaceId, memberUserIds.slice(0, 50), scale);
const staffing = await generatePeople(db, rand, workspaceId, adminId, scale);
const delivery = await generateProjects(db, rand, workspaceId, adminId, scale);
const finance = await generateFinance(db, rand, workspaceId, adminId, scale);
// Fresh statistics, as autovacuum (PostgreSQL) or a routine ANALYZE would give a live database.
await sql`analyze`.execute(db);
console.log(
  `bench data ready: ${MEMBERS} members, ${AUDIT_ENTRIES} audit entries, ${JSON.stringify({ ...business, ...staffing, ...delivery, ...finance })}; sign in as ${BENCH_LOGIN.email}`,
);
await db.destroy();

function userRow(id: string, email: string, name: string, ms: number) {
  const at = new Date(ms).toISOString();
  return {
    id,
    email,
    name,
    password_hash: passwordHash,
    locale: 'zh-CN',
    time_zone: 'Asia/Shanghai',
    created_at: at,
    updated_at: at,
  };
}
