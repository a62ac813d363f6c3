import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { UserTable } from './auth.table.ts';

export function findUserByEmail(db: Executor, email: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

export function findUserById(db: Executor, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertUser(db: Executor, row: Insertable<UserTable>) {
  return db.insertInto('users').values(row).execute();
}

export function updateUser(db: Executor, id: string, values: Updateable<UserTable>) {
  return db.updateTable('users').set(values).where('id', '=', id).execute();
}
