import { type Ctx, workspaceOf } from '../../platform/context.ts';

/**
 * Skills open requests ask for against the people who have them: per skill, how many people
 * the requests need (their headcount) at the highest minimum asked, and how many active people
 * hold it at that level or above.
 */
export async function skillGap(ctx: Ctx) {
  const workspaceId = workspaceOf(ctx);
  const demand = await ctx.db
    .selectFrom('staffing_request_skills as rs')
    .innerJoin('staffing_requests as r', 'r.id', 'rs.request_id')
    .innerJoin('skills', 'skills.id', 'rs.skill_id')
    .select((eb) => [
      'skills.id',
      'skills.name_en',
      'skills.name_zh',
      eb.fn.sum<number>('r.headcount').as('needed'),
      eb.fn.max('rs.min_proficiency').as('minimum'),
    ])
    .where('rs.workspace_id', '=', workspaceId)
    .where('r.status', '=', 'open')
    .groupBy(['skills.id', 'skills.name_en', 'skills.name_zh'])
    .execute();
  if (demand.length === 0) return [];
  const supply = await ctx.db
    .selectFrom('person_skills as ps')
    .innerJoin('people', 'people.id', 'ps.person_id')
    .select(['ps.skill_id', 'ps.proficiency'])
    .where('ps.workspace_id', '=', workspaceId)
    .where(
      'ps.skill_id',
      'in',
      demand.map((d) => d.id),
    )
    .where('people.status', '=', 'active')
    .where('people.archived_at', 'is', null)
    .execute();
  return demand
    .map((d) => {
      const minimum = Number(d.minimum);
      const needed = Number(d.needed);
      const available = supply.filter(
        (s) => s.skill_id === d.id && s.proficiency >= minimum,
      ).length;
      return {
        skill: { id: d.id, nameEn: d.name_en, nameZh: d.name_zh },
        minimum,
        needed,
        available,
        gap: Math.max(0, needed - available),
      };
    })
    .sort((a, b) => b.gap - a.gap || a.available - b.available);
}
