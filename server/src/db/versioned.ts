import type { Kysely, Updateable } from 'kysely';
import { versionConflict } from '../platform/errors/app-error.ts';
import type { Executor } from './database.ts';
import type { Tables } from './tables.ts';

/** Tables whose rows belong to a workspace and carry an optimistic-concurrency version. */
export type VersionedTable = {
  [K in keyof Tables]: Tables[K] extends { id: string; workspace_id: string; version: unknown }
    ? K
    : never;
}[keyof Tables];

/**
 * Writes `values` only if the row still has the version the caller read, and bumps it.
 * Returns false when someone else changed the row first: the caller answers 409.
 */
export async function updateVersioned<T extends VersionedTable>(
  db: Executor,
  table: T,
  key: { workspaceId: string; id: string; version: number },
  values: Updateable<Tables[T]>,
): Promise<boolean> {
  // Kysely cannot follow a table name that is a type parameter; the row shape is checked above.
  const loose = db as unknown as Kysely<
    Record<string, { id: string; workspace_id: string; version: number }>
  >;
  const r = await loose
    .updateTable(table as string)
    .set({ ...(values as object), version: key.version + 1 })
    .where('workspace_id', '=', key.workspaceId)
    .where('id', '=', key.id)
    .where('version', '=', key.version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/**
 * A change names the version it read. Once it is settled that the caller may act on the record
 * at all, a record changed since refuses the change before its state is judged: the caller
 * judged a state that is gone, so "not a draft any more" would answer a question not asked.
 */
export function assertVersion(row: { version: number }, version: number): void {
  if (row.version !== version) throw versionConflict();
}
