import type { z } from 'zod';
import { type Ctx, userOf, workspaceOf } from '../../platform/context.ts';
import { notFound } from '../../platform/errors/app-error.ts';
import { insertAbsence, listAbsences } from './availability/absences.service.ts';
import type { absenceBody } from './availability/availability.schema.ts';
import { getPersonRow } from './people.repository.ts';
import { getPerson } from './people.service.ts';
import { listPersonSkills, setPersonSkill } from './skills/person-skills.service.ts';
import type { personSkillBody } from './skills/skills.schema.ts';

/** The person the signed-in user is in this workspace; 404 when none is linked to them. */
export async function ownPersonId(ctx: Ctx): Promise<string> {
  const row = await ctx.db
    .selectFrom('people')
    .select('id')
    .where('workspace_id', '=', workspaceOf(ctx))
    .where('user_id', '=', userOf(ctx))
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw notFound('Person');
  return row.id;
}

export const ownPerson = async (ctx: Ctx) => getPerson(ctx, await ownPersonId(ctx));

export const ownSkills = async (ctx: Ctx) => listPersonSkills(ctx, await ownPersonId(ctx));

/** A person keeps their own skills; a manager verifies them, so each change is unverified. */
export async function setOwnSkill(
  ctx: Ctx,
  skillId: string,
  input: z.infer<typeof personSkillBody>,
) {
  return setPersonSkill(ctx, await ownPersonId(ctx), skillId, input);
}

export const ownAbsences = async (ctx: Ctx) => listAbsences(ctx, await ownPersonId(ctx));

/** A person's own absence waits for HR's approval. */
export async function requestAbsence(ctx: Ctx, input: z.infer<typeof absenceBody>) {
  const id = await ownPersonId(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const person = await getPersonRow(trx, workspaceOf(ctx), id);
    if (!person) throw notFound('Person');
    await insertAbsence(trx, ctx, person, input, 'requested');
  });
  return listAbsences(ctx, id);
}
