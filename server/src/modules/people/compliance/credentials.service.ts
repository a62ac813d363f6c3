import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { partyOf } from '../../../platform/access/party-scope.ts';
import { audit, created } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, todayOf, workspaceOf } from '../../../platform/context.ts';
import { addDays } from '../../../platform/days.ts';
import { notFound } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import type { credentialBody } from '../availability/availability.schema.ts';
import type { PersonCredentialTable } from '../availability/availability.table.ts';
import { getPersonRow } from '../people.repository.ts';

/** A credential counts as expiring this many days before its end. */
export const EXPIRING_DAYS = 30;

/** Whether a credential holds on a day: issued by then (if known) and not yet expired. */
export const holdsOn = (c: { issued_on: string | null; expires_on: string | null }, day: string) =>
  (!c.issued_on || c.issued_on <= day) && (!c.expires_on || c.expires_on >= day);

const stateOn = (c: Selectable<PersonCredentialTable>, today: string) => {
  if (!holdsOn(c, today)) return 'expired' as const;
  if (c.expires_on && c.expires_on <= addDays(today, EXPIRING_DAYS)) return 'expiring' as const;
  return 'valid' as const;
};

async function personOf(db: Executor, ctx: Ctx, id: string) {
  const person = await getPersonRow(db, workspaceOf(ctx), id, partyOf(ctx));
  if (!person) throw notFound('Person');
  return person;
}

export async function listCredentials(ctx: Ctx, personId: string) {
  await personOf(ctx.db, ctx, personId);
  const today = todayOf(ctx);
  const rows = await ctx.db
    .selectFrom('person_credentials')
    .selectAll()
    .where('workspace_id', '=', workspaceOf(ctx))
    .where('person_id', '=', personId)
    .orderBy('kind')
    .orderBy('expires_on', 'desc')
    .execute();
  return rows.map((c) => ({
    id: c.id,
    kind: c.kind,
    name: c.name,
    issuer: c.issuer,
    reference: c.reference,
    issuedOn: c.issued_on,
    expiresOn: c.expires_on,
    state: stateOn(c, today),
    createdAt: c.created_at,
  }));
}

/** A certification or a worker's NDA, DPA or background check, with its dates. */
export async function addCredential(
  ctx: Ctx,
  personId: string,
  input: z.infer<typeof credentialBody>,
) {
  await ctx.db.transaction().execute(async (trx) => {
    await personOf(trx, ctx, personId);
    const now = isoNow(ctx.clock);
    await trx
      .insertInto('person_credentials')
      .values({
        id: newId(),
        workspace_id: workspaceOf(ctx),
        person_id: personId,
        kind: input.kind,
        name: input.name,
        issuer: input.issuer ?? null,
        reference: input.reference ?? null,
        issued_on: input.issuedOn ?? null,
        expires_on: input.expiresOn ?? null,
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    await audit(trx, ctx, {
      action: 'person.credential_add',
      entityType: 'person',
      entityId: personId,
      changes: created(input),
    });
  });
  return listCredentials(ctx, personId);
}

export async function removeCredential(ctx: Ctx, personId: string, credentialId: string) {
  await ctx.db.transaction().execute(async (trx) => {
    await personOf(trx, ctx, personId);
    const before = await trx
      .selectFrom('person_credentials')
      .selectAll()
      .where('workspace_id', '=', workspaceOf(ctx))
      .where('person_id', '=', personId)
      .where('id', '=', credentialId)
      .executeTakeFirst();
    if (!before) throw notFound('Credential');
    await trx.deleteFrom('person_credentials').where('id', '=', credentialId).execute();
    await audit(trx, ctx, {
      action: 'person.credential_remove',
      entityType: 'person',
      entityId: personId,
      changes: { kind: { before: before.kind }, name: { before: before.name } },
    });
  });
  return listCredentials(ctx, personId);
}
