import type { Executor } from '../../db/database.ts';
import type { PartyType } from '../workspaces/workspaces.table.ts';

type PartyExists = (db: Executor, workspaceId: string, id: string) => Promise<boolean>;

const finders = new Map<PartyType, PartyExists>();

/**
 * Modules that own the parties portal users belong to (clients, suppliers) say how to find
 * one; the platform binds portal members only to a party that exists in their workspace.
 */
export function registerPartyType(type: PartyType, exists: PartyExists): void {
  finders.set(type, exists);
}

export async function partyExists(
  db: Executor,
  workspaceId: string,
  party: { type: PartyType; id: string },
): Promise<boolean> {
  const exists = finders.get(party.type);
  return exists ? exists(db, workspaceId, party.id) : false;
}
