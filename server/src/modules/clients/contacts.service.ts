import type { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { partyOf } from '../../platform/access/party-scope.ts';
import { audit, created, diff } from '../../platform/audit/audit.ts';
import { isoNow } from '../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../platform/context.ts';
import { assertVersion, notFound, versionConflict } from '../../platform/errors/app-error.ts';
import { newId } from '../../platform/ids.ts';
import {
  type ContactRow,
  findContactRows,
  getClientRow,
  getContactRow,
  insertContact,
} from './clients.repository.ts';
import type { contactCreateBody, contactUpdateBody } from './clients.schema.ts';

export const presentContact = (r: ContactRow) => ({
  id: r.id,
  clientId: r.client_id,
  name: r.name,
  title: r.title,
  email: r.email,
  phone: r.phone,
  language: r.language,
  timeZone: r.time_zone,
  relationship: r.relationship,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

type ContactInput = z.infer<typeof contactCreateBody>;
type ContactUpdate = z.infer<typeof contactUpdateBody>;

const toColumns = (input: Partial<ContactInput>) => ({
  name: input.name,
  title: input.title,
  email: input.email,
  phone: input.phone,
  language: input.language,
  time_zone: input.timeZone,
  relationship: input.relationship,
});

/** Contacts are reached through their client: a client the caller cannot see has none. */
export async function assertClientVisible(db: Executor, ctx: Ctx, clientId: string) {
  if (!(await getClientRow(db, workspaceOf(ctx), clientId, partyOf(ctx)))) throw notFound('Client');
}

export async function listContacts(ctx: Ctx, clientId: string) {
  await assertClientVisible(ctx.db, ctx, clientId);
  return (await findContactRows(ctx.db, workspaceOf(ctx), clientId)).map(presentContact);
}

export function createContact(ctx: Ctx, clientId: string, input: ContactInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertNewContact(trx, ctx, clientId, input);
    const saved = await getContactRow(trx, workspaceOf(ctx), clientId, id);
    if (!saved) throw notFound('Contact');
    return presentContact(saved);
  });
}

/** Creates a contact of a client the caller can see, in the caller's transaction. */
export async function insertNewContact(
  trx: Executor,
  ctx: Ctx,
  clientId: string,
  input: ContactInput,
) {
  const workspaceId = workspaceOf(ctx);
  const id = newId();
  await assertClientVisible(trx, ctx, clientId);
  const now = isoNow(ctx.clock);
  const columns = toColumns(input);
  await insertContact(trx, {
    ...columns,
    id,
    workspace_id: workspaceId,
    client_id: clientId,
    name: input.name,
    relationship: input.relationship,
    archived_at: null,
    created_at: now,
    updated_at: now,
    created_by: ctx.actor.userId,
  });
  await audit(trx, ctx, {
    action: 'contact.create',
    entityType: 'contact',
    entityId: id,
    changes: created({ clientId, ...columns }),
  });
  return id;
}

export async function updateContact(ctx: Ctx, clientId: string, id: string, input: ContactUpdate) {
  const workspaceId = workspaceOf(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await getContactRow(trx, workspaceId, clientId, id);
    if (!before || before.archived_at) throw notFound('Contact');
    assertVersion(before, input.version);
    const columns = toColumns(input);
    if (
      !(await updateVersioned(
        trx,
        'contacts',
        { workspaceId, id, version: input.version },
        {
          ...columns,
          updated_at: isoNow(ctx.clock),
        },
      ))
    ) {
      throw versionConflict();
    }
    await audit(trx, ctx, {
      action: 'contact.update',
      entityType: 'contact',
      entityId: id,
      changes: diff(before, columns),
    });
    const saved = await getContactRow(trx, workspaceId, clientId, id);
    if (!saved) throw notFound('Contact');
    return presentContact(saved);
  });
}

export async function archiveContact(ctx: Ctx, clientId: string, id: string, version: number) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await getContactRow(trx, workspaceId, clientId, id);
    if (!before || before.archived_at) throw notFound('Contact');
    if (
      !(await updateVersioned(
        trx,
        'contacts',
        { workspaceId, id, version },
        {
          archived_at: isoNow(ctx.clock),
          updated_at: isoNow(ctx.clock),
        },
      ))
    ) {
      throw versionConflict();
    }
    await audit(trx, ctx, { action: 'contact.archive', entityType: 'contact', entityId: id });
  });
}
