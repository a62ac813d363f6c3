import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { anyContains } from '../../../db/text-match.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { audit, created, diff } from '../../../platform/audit/audit.ts';
import { assertNameFree } from '../../../platform/catalogue-name.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { notFound, versionConflict } from '../../../platform/errors/app-error.ts';
import { newId } from '../../../platform/ids.ts';
import type { SkillTable } from '../people.table.ts';
import type { skillBody, skillQuery, skillUpdateBody } from './skills.schema.ts';

const present = (s: Selectable<SkillTable>) => ({
  id: s.id,
  category: s.category,
  nameZh: s.name_zh,
  nameEn: s.name_en,
  synonyms: s.synonyms,
  active: s.active,
  version: s.version,
});

export function skillRow(db: Executor, workspaceId: string, id: string) {
  return db
    .selectFrom('skills')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The catalogue by category; `q` finds a skill by either name or a synonym. */
export async function listSkills(ctx: Ctx, query: z.infer<typeof skillQuery>) {
  let q = ctx.db.selectFrom('skills').selectAll().where('workspace_id', '=', workspaceOf(ctx));
  if (query.category) q = q.where('category', '=', query.category);
  if (query.q) {
    const text = query.q;
    q = q.where((eb) => anyContains(eb, ['name_zh', 'name_en', 'synonyms'], text));
  }
  return (await q.orderBy('category').orderBy('name_en').orderBy('id').execute()).map(present);
}

export async function insertSkill(trx: Executor, ctx: Ctx, input: z.infer<typeof skillBody>) {
  const workspaceId = workspaceOf(ctx);
  await assertNameFree(trx, 'skills', workspaceId, input.nameEn);
  const id = newId();
  const now = isoNow(ctx.clock);
  await trx
    .insertInto('skills')
    .values({
      id,
      workspace_id: workspaceId,
      category: input.category,
      name_zh: input.nameZh,
      name_en: input.nameEn,
      synonyms: JSON.stringify(input.synonyms),
      active: true,
      created_at: now,
      updated_at: now,
      created_by: ctx.actor.userId,
    })
    .execute();
  await audit(trx, ctx, {
    action: 'skill.create',
    entityType: 'skill',
    entityId: id,
    changes: created(input),
  });
  return id;
}

async function getSkill(ctx: Ctx, id: string) {
  const row = await skillRow(ctx.db, workspaceOf(ctx), id);
  if (!row) throw notFound('Skill');
  return present(row);
}

export async function createSkill(ctx: Ctx, input: z.infer<typeof skillBody>) {
  const id = await ctx.db.transaction().execute((trx) => insertSkill(trx, ctx, input));
  return getSkill(ctx, id);
}

export async function updateSkill(ctx: Ctx, id: string, input: z.infer<typeof skillUpdateBody>) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await skillRow(trx, workspaceId, id);
    if (!before) throw notFound('Skill');
    if (input.nameEn) await assertNameFree(trx, 'skills', workspaceId, input.nameEn, id);
    const values = {
      category: input.category,
      name_zh: input.nameZh,
      name_en: input.nameEn,
      active: input.active,
    };
    const written = await updateVersioned(
      trx,
      'skills',
      { workspaceId, id, version: input.version },
      {
        ...values,
        synonyms: input.synonyms ? JSON.stringify(input.synonyms) : undefined,
        updated_at: isoNow(ctx.clock),
      },
    );
    if (!written) throw versionConflict();
    await audit(trx, ctx, {
      action: 'skill.update',
      entityType: 'skill',
      entityId: id,
      changes: diff(before, { ...values, synonyms: input.synonyms }),
    });
  });
  return getSkill(ctx, id);
}
