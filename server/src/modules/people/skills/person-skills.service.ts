import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { partyOf } from '../../../platform/access/party-scope.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors/app-error.ts';
import { getPersonRow } from '../people.repository.ts';
import type { personSkillBody } from './skills.schema.ts';
import { skillRow } from './skills.service.ts';

async function visiblePerson(db: Executor, ctx: Ctx, personId: string) {
  if (!(await getPersonRow(db, workspaceOf(ctx), personId, partyOf(ctx)))) {
    throw notFound('Person');
  }
}

export async function listPersonSkills(ctx: Ctx, personId: string) {
  await visiblePerson(ctx.db, ctx, personId);
  const rows = await ctx.db
    .selectFrom('person_skills as ps')
    .innerJoin('skills as s', 's.id', 'ps.skill_id')
    .leftJoin('users as u', 'u.id', 'ps.verified_by')
    .select([
      's.id',
      's.category',
      's.name_zh',
      's.name_en',
      'ps.proficiency',
      'ps.years',
      'ps.last_used',
      'ps.verified',
      'u.name as verifier',
    ])
    .where('ps.workspace_id', '=', workspaceOf(ctx))
    .where('ps.person_id', '=', personId)
    .orderBy('ps.proficiency', 'desc')
    .orderBy('s.name_en')
    .execute();
  return rows.map((r) => ({
    skill: { id: r.id, category: r.category, nameZh: r.name_zh, nameEn: r.name_en },
    proficiency: r.proficiency,
    years: r.years,
    lastUsed: r.last_used,
    verified: r.verified,
    verifiedBy: r.verifier,
  }));
}

/** Sets how well a person has a skill; a changed proficiency is unverified until confirmed. */
export async function setPersonSkill(
  ctx: Ctx,
  personId: string,
  skillId: string,
  input: z.infer<typeof personSkillBody>,
) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await visiblePerson(trx, ctx, personId);
    const skill = await skillRow(trx, workspaceId, skillId);
    if (!skill?.active)
      throw new AppError('unprocessable', 'Choose an active skill of the catalogue');
    const now = isoNow(ctx.clock);
    const values = {
      proficiency: input.proficiency,
      years: input.years ?? null,
      last_used: input.lastUsed ?? null,
      verified: false,
      verified_by: null,
      verified_at: null,
      updated_at: now,
    };
    await trx
      .insertInto('person_skills')
      .values({ ...values, workspace_id: workspaceId, person_id: personId, skill_id: skillId })
      .onConflict((oc) => oc.columns(['person_id', 'skill_id']).doUpdateSet(values))
      .execute();
    await audit(trx, ctx, {
      action: 'person.skill_set',
      entityType: 'person',
      entityId: personId,
      changes: { skill: { after: { name: skill.name_en, ...input } } },
    });
  });
  return listPersonSkills(ctx, personId);
}

export async function verifyPersonSkill(ctx: Ctx, personId: string, skillId: string) {
  await ctx.db.transaction().execute(async (trx) => {
    await visiblePerson(trx, ctx, personId);
    const r = await trx
      .updateTable('person_skills')
      .set({ verified: true, verified_by: ctx.actor.userId, verified_at: isoNow(ctx.clock) })
      .where('workspace_id', '=', workspaceOf(ctx))
      .where('person_id', '=', personId)
      .where('skill_id', '=', skillId)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw notFound('Skill');
    await audit(trx, ctx, {
      action: 'person.skill_verify',
      entityType: 'person',
      entityId: personId,
      changes: { skill: { after: skillId } },
    });
  });
  return listPersonSkills(ctx, personId);
}

export async function removePersonSkill(ctx: Ctx, personId: string, skillId: string) {
  await ctx.db.transaction().execute(async (trx) => {
    await visiblePerson(trx, ctx, personId);
    const r = await trx
      .deleteFrom('person_skills')
      .where('workspace_id', '=', workspaceOf(ctx))
      .where('person_id', '=', personId)
      .where('skill_id', '=', skillId)
      .executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) throw notFound('Skill');
    await audit(trx, ctx, {
      action: 'person.skill_remove',
      entityType: 'person',
      entityId: personId,
      changes: { skill: { before: skillId } },
    });
  });
  return listPersonSkills(ctx, personId);
}
