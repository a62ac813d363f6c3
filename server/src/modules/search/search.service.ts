import { partyOf } from '../../platform/access/party-scope.ts';
import type { Permission } from '../../platform/access/permissions.ts';
import { type Ctx, workspaceOf } from '../../platform/context.ts';
import { findDocuments } from './search.repository.ts';
import type { SearchEntityType } from './search.table.ts';

/** What each kind of result needs the caller to be allowed to read. */
const readableWith: Record<SearchEntityType, Permission> = {
  client: 'clients:read',
  contact: 'clients:read',
  supplier: 'suppliers:read',
  contract: 'contracts:read',
};

const PER_TYPE = 8;
const FETCHED = 40;

/**
 * Clients, contacts, suppliers and contracts whose number, name or e-mail contains the words,
 * up to eight of each kind (of the first forty found), only of kinds the caller may read and,
 * for portal users, only their own.
 * LIKE's wildcards in the words are taken as spaces.
 */
export async function search(ctx: Ctx, q: string) {
  const text = q
    .toLowerCase()
    .replace(/[%_\\]/g, ' ')
    .trim();
  const permissions = ctx.membership?.permissions ?? new Set();
  const types = (Object.keys(readableWith) as SearchEntityType[]).filter((t) =>
    permissions.has(readableWith[t]),
  );
  if (!text || types.length === 0) return [];
  const found = await findDocuments(ctx.db, workspaceOf(ctx), partyOf(ctx), types, text, FETCHED);
  const shown = types.flatMap((t) =>
    found
      .filter((d) => d.entity_type === t)
      .sort((a, b) => a.title.localeCompare(b.title))
      .slice(0, PER_TYPE),
  );
  return shown.map((d) => ({
    type: d.entity_type,
    id: d.entity_id,
    number: d.number,
    title: d.title,
    subtitle: d.subtitle,
    clientId: d.entity_type === 'contact' ? d.client_id : null,
  }));
}
