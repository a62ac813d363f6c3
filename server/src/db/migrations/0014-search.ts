import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../database.ts';

/**
 * One searchable document per client, contact, supplier and contract, kept by triggers so
 * that every write path (services, imports, bulk loads) keeps it current. The text is
 * lower-cased number, names and e-mail. SQLite finds it through an FTS5 trigram index, which
 * matches any three characters, Chinese included; PostgreSQL through a pg_trgm index when the
 * extension is available.
 */
const sources = [
  {
    table: 'clients',
    type: 'client',
    number: 'new.number',
    title: 'new.name',
    subtitle: 'new.legal_name',
    client: 'new.id',
    supplier: 'null',
    text: `new.number || ' ' || new.name || ' ' || coalesce(new.legal_name, '')`,
  },
  {
    table: 'contacts',
    type: 'contact',
    number: 'null',
    title: 'new.name',
    subtitle: '(select name from clients where clients.id = new.client_id)',
    client: 'new.client_id',
    supplier: 'null',
    text: `new.name || ' ' || coalesce(new.email, '') || ' ' || coalesce(new.title, '')`,
  },
  {
    table: 'suppliers',
    type: 'supplier',
    number: 'new.number',
    title: 'new.name',
    subtitle: 'new.legal_name',
    client: 'null',
    supplier: 'new.id',
    text: `new.number || ' ' || new.name || ' ' || coalesce(new.legal_name, '')`,
  },
  {
    table: 'contracts',
    type: 'contract',
    number: 'new.number',
    title: 'new.title',
    subtitle: 'new.type',
    client: 'new.client_id',
    supplier: 'new.supplier_id',
    text: `new.number || ' ' || new.title`,
  },
] as const;

type Source = (typeof sources)[number];

const upsert = (s: Source) => `
  insert into search_documents
    (entity_id, workspace_id, entity_type, number, title, subtitle, client_id, supplier_id, text)
  values
    (new.id, new.workspace_id, '${s.type}', ${s.number}, ${s.title}, ${s.subtitle}, ${s.client}, ${s.supplier}, lower(${s.text}))
  on conflict (entity_id) do update set
    number = excluded.number, title = excluded.title, subtitle = excluded.subtitle,
    client_id = excluded.client_id, supplier_id = excluded.supplier_id, text = excluded.text`;

export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = dialectOf(db) === 'postgres';
  await sql
    .raw(`create table search_documents (
      ${pg ? 'id bigserial primary key' : 'id integer primary key'},
      entity_id text not null unique,
      workspace_id text not null references workspaces(id),
      entity_type text not null,
      number text,
      title text not null,
      subtitle text,
      client_id text,
      supplier_id text,
      text text not null
    )`)
    .execute(db);
  if (pg) await postgresTriggers(db);
  else await sqliteTriggers(db);
  // Documents for the rows that exist already.
  for (const s of sources) {
    const select = (e: string) => e.replaceAll('new.', `${s.table}.`);
    await sql
      .raw(`insert into search_documents
        (entity_id, workspace_id, entity_type, number, title, subtitle, client_id, supplier_id, text)
        select ${s.table}.id, ${s.table}.workspace_id, '${s.type}', ${select(s.number)}, ${select(s.title)},
          ${select(s.subtitle)}, ${select(s.client)}, ${select(s.supplier)}, lower(${select(s.text)})
        from ${s.table}`)
      .execute(db);
  }
}

async function sqliteTriggers(db: Kysely<unknown>) {
  await sql
    .raw(`create virtual table search_fts using fts5(
      text, content='search_documents', content_rowid='id', tokenize='trigram')`)
    .execute(db);
  // The FTS index follows the documents table, as SQLite's external-content pattern has it.
  await sql
    .raw(`create trigger search_documents_ai after insert on search_documents begin
      insert into search_fts(rowid, text) values (new.id, new.text); end`)
    .execute(db);
  await sql
    .raw(`create trigger search_documents_au after update on search_documents begin
      insert into search_fts(search_fts, rowid, text) values ('delete', old.id, old.text);
      insert into search_fts(rowid, text) values (new.id, new.text); end`)
    .execute(db);
  for (const s of sources) {
    for (const event of ['insert', 'update']) {
      await sql
        .raw(
          `create trigger ${s.table}_search_${event} after ${event} on ${s.table} begin ${upsert(s)}; end`,
        )
        .execute(db);
    }
  }
}

async function postgresTriggers(db: Kysely<unknown>) {
  const trgm = await sql<{ n: number }>`
    select count(*)::int as n from pg_available_extensions where name = 'pg_trgm'`.execute(db);
  if (trgm.rows[0]?.n) {
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`create index search_documents_text on search_documents using gin (text gin_trgm_ops)`.execute(
      db,
    );
  }
  await sql`create index search_documents_workspace on search_documents (workspace_id, entity_type)`.execute(
    db,
  );
  for (const s of sources) {
    await sql
      .raw(`create function ${s.table}_search() returns trigger language plpgsql as $$
        begin ${upsert(s)}; return new; end $$`)
      .execute(db);
    await sql
      .raw(`create trigger ${s.table}_search after insert or update on ${s.table}
        for each row execute function ${s.table}_search()`)
      .execute(db);
  }
}
