import { type Kysely, sql } from 'kysely';
import { columnTypes } from '../column-types.ts';

/** The sign-in links that mail carried in clear before secrets were sealed. */
const SECRET_LINKS = /((?:token=|\/survey\/))[\w-]+/g;
const REDACTED = '[redacted]';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The stored copy of a mail is readable; the copy that carries its links is sealed and
  // dropped once the mail is sent.
  await db.schema.alterTable('mail_messages').addColumn('sealed_body', 'text').execute();
  // A sender claims mail for a lease, so two app servers never send the same message.
  await db.schema
    .alterTable('mail_messages')
    .addColumn('locked_until', columnTypes(db).timestamp)
    .execute();
  const mails = await sql<{ id: string; body: string }>`
    select id, body from mail_messages where body like ${'%token=%'} or body like ${'%/survey/%'}
  `.execute(db);
  for (const m of mails.rows) {
    await sql`update mail_messages set body = ${m.body.replace(SECRET_LINKS, `$1${REDACTED}`)}
      where id = ${m.id}`.execute(db);
  }
  // The outbox became an admin's page: the read permission for it is gone from custom roles.
  const roles = await sql<{ id: string; permissions: string | string[] }>`
    select id, permissions from roles where builtin = ${false}
  `.execute(db);
  for (const r of roles.rows) {
    const held: string[] =
      typeof r.permissions === 'string' ? JSON.parse(r.permissions) : r.permissions;
    if (!held.includes('mail:read')) continue;
    const kept = JSON.stringify(held.filter((p) => p !== 'mail:read'));
    await sql`update roles set permissions = ${kept} where id = ${r.id}`.execute(db);
  }
}
