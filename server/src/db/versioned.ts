import type { Kysely, Updateable } from 'kysely';
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
