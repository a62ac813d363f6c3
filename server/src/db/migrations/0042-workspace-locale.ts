import type { Kysely } from 'kysely';

/** A workspace's default language and time zone, chosen by whoever creates it. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('workspaces')
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('zh-CN'))
    .execute();
  await db.schema
    .alterTable('workspaces')
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('Asia/Shanghai'))
    .execute();
}
