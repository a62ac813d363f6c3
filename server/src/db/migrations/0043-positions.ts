import { type Kysely, sql } from 'kysely';
import { v7 as newId } from 'uuid';
import { columnTypes } from '../column-types.ts';

/** The free-text columns that named a position before the catalogue, and their tables. */
const named = [
  ['contract_rates', 'role'],
  ['assignments', 'role'],
  ['staffing_requests', 'role'],
  ['people', 'title'],
  ['time_entries', 'role'],
] as const;

type RateText = { role?: string; positionId?: string };

/**
 * Pricing keys become data: a workspace catalogue of positions that rate cards, bookings,
 * staffing requests, people and priced hours point at by id, instead of matching strings.
 * Every distinct text becomes a position (named the same in both languages until someone
 * translates it), and the text columns go.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('positions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('positions_name_en', ['workspace_id', 'name_en'])
    .execute();

  const amendments = await amendmentRates(db);
  const texts = new Map<string, string>();
  const name = (workspaceId: string, text: string) => `${workspaceId}\u0000${text}`;
  for (const [table, column] of named) {
    const rows = await sql<{ workspace_id: string; name: string }>`
      select distinct workspace_id, ${sql.ref(column)} as name from ${sql.table(table)}
      where ${sql.ref(column)} is not null`.execute(db);
    for (const r of rows.rows) texts.set(name(r.workspace_id, r.name), r.workspace_id);
  }
  for (const a of amendments) {
    for (const r of a.rates) if (r.role) texts.set(name(a.workspaceId, r.role), a.workspaceId);
  }
  const now = new Date().toISOString();
  const idOf = new Map<string, string>();
  for (const [key, workspaceId] of texts) {
    const text = key.slice(workspaceId.length + 1);
    const id = newId();
    idOf.set(key, id);
    await sql`insert into positions (id, workspace_id, name_zh, name_en, active, created_at, updated_at)
      values (${id}, ${workspaceId}, ${text}, ${text}, ${true}, ${now}, ${now})`.execute(db);
  }

  await sql`drop index contract_rates_lookup`.execute(db);
  for (const [table, column] of named) {
    await db.schema
      .alterTable(table)
      .addColumn('position_id', 'text', (c) => c.references('positions.id'))
      .execute();
    await sql`update ${sql.table(table)} set position_id = (
        select p.id from positions p
        where p.workspace_id = ${sql.ref(`${table}.workspace_id`)}
          and p.name_en = ${sql.ref(`${table}.${column}`)})`.execute(db);
    await db.schema.alterTable(table).dropColumn(column).execute();
  }
  await db.schema
    .createIndex('contract_rates_lookup')
    .on('contract_rates')
    .columns(['workspace_id', 'contract_id', 'position_id', 'seniority', 'effective_from'])
    .execute();
  for (const a of amendments) {
    for (const r of a.rates) {
      if (r.role === undefined) continue;
      r.positionId = idOf.get(name(a.workspaceId, r.role));
      delete r.role;
    }
    await sql`update contract_amendments set changes = ${JSON.stringify(a.changes)},
      before = ${a.before === null ? null : JSON.stringify(a.before)} where id = ${a.id}`.execute(
      db,
    );
  }
}

const parsed = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);

/** Amendments carry rate versions (proposed, and as they were before) that named the role. */
async function amendmentRates(db: Kysely<unknown>) {
  const rows = await sql<{ id: string; workspace_id: string; changes: unknown; before: unknown }>`
    select id, workspace_id, changes, before from contract_amendments`.execute(db);
  return rows.rows.map((a) => {
    const changes = parsed(a.changes) as { rates?: RateText[] };
    const before = parsed(a.before) as { rates?: RateText[] } | null;
    return {
      id: a.id,
      workspaceId: a.workspace_id,
      changes,
      before,
      rates: [...(changes.rates ?? []), ...(before?.rates ?? [])],
    };
  });
}
