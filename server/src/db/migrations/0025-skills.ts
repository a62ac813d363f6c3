import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('skills')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('synonyms', t.json, (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('skills_workspace_category')
    .on('skills')
    .columns(['workspace_id', 'category', 'name_en'])
    .execute();
  await db.schema
    .createTable('person_skills')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('skill_id', 'text', (c) => c.notNull().references('skills.id'))
    .addColumn('proficiency', 'integer', (c) => c.notNull())
    .addColumn('years', 'integer')
    .addColumn('last_used', 'date')
    .addColumn('verified', 'boolean', (c) => c.notNull())
    .addColumn('verified_by', 'text')
    .addColumn('verified_at', t.timestamp)
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('person_skills_pk', ['person_id', 'skill_id'])
    .execute();
  await db.schema
    .createIndex('person_skills_skill')
    .on('person_skills')
    .columns(['workspace_id', 'skill_id', 'proficiency'])
    .execute();
}
