import type { z } from 'zod';
import { jsonArrayHas } from '../../../db/json-array.ts';
import { partyOf, whereParty } from '../../../platform/access/party-scope.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { supplierName } from '../../suppliers/index.ts';
import type { matrixQuery } from './skills.schema.ts';

/** A matrix a person can read: up to this many people and skill columns. */
const MAX_PEOPLE = 300;
const MAX_SKILLS = 40;

/**
 * People × skills: each cell the person's proficiency. The columns are the category's skills,
 * or the skills most people hold; the rows people still with us, narrowed by the filters.
 */
export async function skillsMatrix(ctx: Ctx, f: z.infer<typeof matrixQuery>) {
  const workspaceId = workspaceOf(ctx);
  let people = whereParty(
    ctx.db
      .selectFrom('people')
      .select((eb) => [
        'people.id',
        'people.name',
        'people.department',
        supplierName(ctx.db, eb.ref('people.supplier_id')).as('supplier'),
      ])
      .where('people.workspace_id', '=', workspaceId)
      .where('people.archived_at', 'is', null)
      .where('people.status', '!=', 'left'),
    partyOf(ctx),
    { supplier: 'people.supplier_id' },
  );
  if (f.department) people = people.where('people.department', '=', f.department);
  if (f.supplierId) people = people.where('people.supplier_id', '=', f.supplierId);
  if (f.location) people = people.where('people.location', '=', f.location);
  if (f.language) {
    const code = f.language;
    // The only short strings in a language list are its codes (levels are longer words).
    people = people.where((eb) => jsonArrayHas(eb, 'people.languages', code));
  }
  const rows = await people
    .orderBy('people.name')
    .limit(MAX_PEOPLE + 1)
    .execute();
  const shown = rows.slice(0, MAX_PEOPLE);
  const held =
    shown.length === 0
      ? []
      : await ctx.db
          .selectFrom('person_skills')
          .innerJoin('skills', 'skills.id', 'person_skills.skill_id')
          .select([
            'person_skills.person_id',
            'person_skills.proficiency',
            'skills.id',
            'skills.category',
            'skills.name_zh',
            'skills.name_en',
          ])
          .where('person_skills.workspace_id', '=', workspaceId)
          .where(
            'person_skills.person_id',
            'in',
            shown.map((p) => p.id),
          )
          .$if(Boolean(f.category), (q) => q.where('skills.category', '=', f.category as string))
          .execute();
  const bySkill = new Map<string, { skill: (typeof held)[number]; holders: number }>();
  for (const h of held) {
    const entry = bySkill.get(h.id) ?? { skill: h, holders: 0 };
    entry.holders += 1;
    bySkill.set(h.id, entry);
  }
  const columns = [...bySkill.values()]
    .sort((a, b) => b.holders - a.holders || a.skill.name_en.localeCompare(b.skill.name_en))
    .slice(0, MAX_SKILLS)
    .map(({ skill }) => skill);
  const level = new Map(held.map((h) => [`${h.person_id}:${h.id}`, h.proficiency]));
  return {
    skills: columns.map((s) => ({
      id: s.id,
      category: s.category,
      nameZh: s.name_zh,
      nameEn: s.name_en,
    })),
    rows: shown.map((p) => ({
      person: { id: p.id, name: p.name, department: p.department, supplier: p.supplier },
      levels: columns.map((s) => level.get(`${p.id}:${s.id}`) ?? null),
    })),
    truncated: rows.length > MAX_PEOPLE,
  };
}
