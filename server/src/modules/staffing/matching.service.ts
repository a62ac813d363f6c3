import type { Executor } from '../../db/database.ts';
import { type Ctx, workspaceOf } from '../../platform/context.ts';
import { mondaysBetween } from '../../platform/days.ts';
import { inForceStatuses } from '../contracts/index.ts';
import {
  type CostRate,
  capacityBases,
  costRatesOn,
  daysOfWeek,
  holdersOf,
} from '../people/index.ts';
import {
  type PositionsById,
  positionRef,
  positionsByIds,
  rateToBase,
  toBase,
} from '../settings/index.ts';
import { bookingsIn } from './assignments.repository.ts';
import { weeklyLoad } from './load.ts';
import {
  availabilityFit,
  costFit,
  locationFit,
  type RequiredSkill,
  SCORE_WEIGHTS,
  skillFit,
  totalScore,
  utcOffsetOn,
} from './matching.ts';
import type { RequestRow } from './requests.repository.ts';
import { requestRowOf } from './requests.service.ts';

/** A day rate counts as this many hours when set against an hourly maximum. */
const HOURS_PER_DAY = 8;

/**
 * Who may be staffed in the window: people still with us there, who have at least one of the
 * skills asked for; supplier workers only of an approved supplier, under a supplier contract
 * in force for the whole window.
 */
function candidateRows(db: Executor, workspaceId: string, r: RequestRow, skillIds: string[]) {
  let q = db
    .selectFrom('people')
    .leftJoin('suppliers', 'suppliers.id', 'people.supplier_id')
    .leftJoin('contracts', 'contracts.id', 'people.supplier_contract_id')
    .selectAll('people')
    .select('suppliers.name as supplier_name')
    .where('people.workspace_id', '=', workspaceId)
    .where('people.archived_at', 'is', null)
    .where('people.status', '!=', 'left')
    .where((eb) =>
      eb.or([eb('people.start_date', 'is', null), eb('people.start_date', '<=', r.end_date)]),
    )
    .where((eb) =>
      eb.or([eb('people.end_date', 'is', null), eb('people.end_date', '>=', r.start_date)]),
    )
    .where((eb) =>
      eb.or([
        eb('people.kind', '=', 'employee'),
        eb.and([
          eb('suppliers.status', '=', 'approved'),
          eb('contracts.status', 'in', inForceStatuses),
          eb('contracts.start_date', '<=', r.start_date),
          eb.or([eb('contracts.end_date', 'is', null), eb('contracts.end_date', '>=', r.end_date)]),
        ]),
      ]),
    );
  if (skillIds.length > 0) q = q.where('people.id', 'in', holdersOf(db, workspaceId, skillIds));
  return q.execute();
}

type Candidate = Awaited<ReturnType<typeof candidateRows>>[number];

const candidate = (p: Candidate, positions: PositionsById) => ({
  id: p.id,
  number: p.number,
  name: p.name,
  kind: p.kind,
  position: p.position_id ? positionRef(positions, p.position_id) : null,
  grade: p.grade,
  supplier: p.supplier_id && p.supplier_name ? { id: p.supplier_id, name: p.supplier_name } : null,
  timeZone: p.time_zone,
});

async function skillsHeld(db: Executor, workspaceId: string, skillIds: string[]) {
  const held = new Map<string, Map<string, number>>();
  if (skillIds.length === 0) return held;
  const rows = await db
    .selectFrom('person_skills')
    .select(['person_id', 'skill_id', 'proficiency'])
    .where('workspace_id', '=', workspaceId)
    .where('skill_id', 'in', skillIds)
    .execute();
  for (const s of rows) {
    const map = held.get(s.person_id) ?? new Map<string, number>();
    map.set(s.skill_id, s.proficiency);
    held.set(s.person_id, map);
  }
  return held;
}

/**
 * A cost in the request's currency per hour: converted through the base currency at the rates
 * in force on the first day, or null when there is no rate to convert with.
 */
function hourlyIn(db: Executor, workspaceId: string, currency: string, day: string) {
  const rates = new Map<string, Awaited<ReturnType<typeof rateToBase>>>();
  const rateOf = async (c: string) => {
    if (!rates.has(c)) rates.set(c, await rateToBase(db, workspaceId, c, day));
    return rates.get(c) ?? null;
  };
  return async (cost: CostRate | null) => {
    if (!cost) return null;
    const hourly = cost.unit === 'day' ? cost.rateMinor / HOURS_PER_DAY : cost.rateMinor;
    if (cost.currency === currency) return Math.round(hourly);
    const [from, to] = [await rateOf(cost.currency), await rateOf(currency)];
    if (!from || !to) return null;
    return Math.round(toBase(hourly, from) / Number(to.rate));
  };
}

/** Candidates for a request, best first, each score broken into its components. */
/** Everyone who could fill the request, best fit first. */
export async function matchCandidates(ctx: Ctx, requestId: string) {
  const workspaceId = workspaceOf(ctx);
  const r = await requestRowOf(ctx.db, workspaceId, requestId);
  const required: RequiredSkill[] = (
    await ctx.db
      .selectFrom('staffing_request_skills')
      .select(['skill_id', 'min_proficiency', 'weight'])
      .where('request_id', '=', requestId)
      .execute()
  ).map((s) => ({ skillId: s.skill_id, minProficiency: s.min_proficiency, weight: s.weight }));
  const skillIds = required.map((s) => s.skillId);
  const people = await candidateRows(ctx.db, workspaceId, r, skillIds);
  const weeks = mondaysBetween(r.start_date, r.end_date).map(daysOfWeek);
  const [held, bases, bookings, costs, positions] = await Promise.all([
    skillsHeld(ctx.db, workspaceId, skillIds),
    capacityBases(ctx.db, workspaceId, people, weeks[0]?.[0] as string, r.end_date),
    bookingsIn(
      ctx.db,
      workspaceId,
      r.start_date,
      r.end_date,
      people.map((p) => p.id),
    ),
    costRatesOn(ctx.db, workspaceId, people, r.start_date),
    positionsByIds(
      ctx.db,
      workspaceId,
      people.flatMap((p) => p.position_id ?? []),
    ),
  ]);
  const inRequestCurrency = r.currency
    ? hourlyIn(ctx.db, workspaceId, r.currency, r.start_date)
    : null;
  const offsets = new Map<string, number | null>();
  const offsetOf = (zone: string | null) => {
    if (!zone) return null;
    if (!offsets.has(zone)) offsets.set(zone, utcOffsetOn(zone, r.start_date));
    return offsets.get(zone) ?? null;
  };
  // The component's value is for everyone who staffs; the amount only for those who see costs.
  const showsCost = ctx.membership?.permissions.has('people:cost') ?? false;
  const none = new Map<string, number>();
  const scored = [];
  for (const p of people) {
    const basis = bases.get(p.id);
    if (!basis) continue;
    // Bookings for this very request do not make the person less available for it.
    const others = (bookings.get(p.id) ?? []).filter((b) => b.requestId !== r.id);
    const free = weeklyLoad(basis, others, weeks).map((w) => w.capacity - w.confirmed - w.proposed);
    const skills = skillFit(required, held.get(p.id) ?? none);
    const availability = availabilityFit(free, r.hours_per_week);
    const fit = locationFit(
      { utcOffsetMin: r.utc_offset_min, utcOffsetMax: r.utc_offset_max, languages: r.languages },
      { utcOffset: offsetOf(p.time_zone), languages: p.languages },
    );
    const cost = costs.get(p.id) ?? null;
    const compared = inRequestCurrency ? await inRequestCurrency(cost) : null;
    const costValue = costFit(compared, r.max_rate_minor);
    scored.push({
      person: candidate(p, positions),
      score: totalScore({
        skills: skills.value,
        availability: availability.value,
        fit: fit.value,
        cost: costValue,
      }),
      components: {
        skills: { ...skills, weight: SCORE_WEIGHTS.skills },
        availability: { ...availability, weight: SCORE_WEIGHTS.availability },
        fit: { ...fit, weight: SCORE_WEIGHTS.fit },
        cost: {
          value: costValue,
          weight: SCORE_WEIGHTS.cost,
          rateMinor: showsCost ? compared : null,
          currency: showsCost && compared !== null ? r.currency : null,
        },
      },
    });
  }
  scored.sort((a, b) => b.score - a.score || a.person.name.localeCompare(b.person.name));
  return scored;
}
