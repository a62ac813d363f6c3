import type { Kysely } from 'kysely';
import { columnTypes } from '../column-types.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('person_absences')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('end_date', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('person_absences_person')
    .on('person_absences')
    .columns(['workspace_id', 'person_id', 'start_date'])
    .execute();
  await db.schema
    .createTable('person_credentials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text')
    .addColumn('reference', 'text')
    .addColumn('issued_on', 'date')
    .addColumn('expires_on', 'date')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('person_credentials_person')
    .on('person_credentials')
    .columns(['workspace_id', 'person_id', 'kind'])
    .execute();
  await db.schema
    .createIndex('person_credentials_expiry')
    .on('person_credentials')
    .columns(['expires_on'])
    .execute();
  // Which documents a supplier worker must hold for their access to stay on; null: all three.
  await db.schema.alterTable('workspace_settings').addColumn('worker_documents', t.json).execute();
  // Set when the compliance job disabled a member, so only it turns them back on.
  await db.schema.alterTable('members').addColumn('compliance_hold', 'text').execute();

  await db.schema
    .createTable('staffing_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('seniority', 'text')
    .addColumn('opportunity_id', 'text', (c) => c.references('opportunities.id'))
    // Projects arrive with their own module; the column waits for them.
    .addColumn('project_id', 'text')
    .addColumn('languages', t.json, (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('utc_offset_min', 'integer')
    .addColumn('utc_offset_max', 'integer')
    .addColumn('hours_per_week', 'integer', (c) => c.notNull())
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('end_date', 'date', (c) => c.notNull())
    .addColumn('max_rate_minor', t.bigint)
    .addColumn('currency', 'text')
    .addColumn('headcount', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('staffing_requests_number', ['workspace_id', 'number'])
    .execute();
  await db.schema
    .createIndex('staffing_requests_workspace_start')
    .on('staffing_requests')
    .columns(['workspace_id', 'start_date', 'id'])
    .execute();
  await db.schema
    .createTable('staffing_request_skills')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('request_id', 'text', (c) => c.notNull().references('staffing_requests.id'))
    .addColumn('skill_id', 'text', (c) => c.notNull().references('skills.id'))
    .addColumn('min_proficiency', 'integer', (c) => c.notNull())
    .addColumn('weight', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('staffing_request_skills_pk', ['request_id', 'skill_id'])
    .execute();
  await db.schema
    .createTable('assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('request_id', 'text', (c) => c.references('staffing_requests.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('end_date', 'date', (c) => c.notNull())
    .addColumn('hours_per_week', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('assignments_person_window')
    .on('assignments')
    .columns(['workspace_id', 'person_id', 'end_date', 'start_date'])
    .execute();
  await db.schema
    .createIndex('assignments_request')
    .on('assignments')
    .columns(['request_id'])
    .execute();
}
