import type { LanguageLevel, PersonLanguage } from '../people/index.ts';

/**
 * How a candidate's score (0–100) is made up. Each component is a value from 0 to 1 times its
 * weight in points; docs/user-guide.md explains them to the people who read the ranking.
 */
export const SCORE_WEIGHTS = { skills: 50, availability: 30, fit: 10, cost: 10 } as const;

/** Neither good nor bad: what an unknown time zone or cost counts for. */
const UNKNOWN = 0.5;
/** A time zone this many hours outside the window counts for nothing. */
const OFFSET_TOLERANCE_MINUTES = 4 * 60;
/** A cost this share over the maximum counts for nothing. */
const COST_TOLERANCE = 0.5;

const levelRank: Record<LanguageLevel, number> = { basic: 1, working: 2, fluent: 3, native: 4 };

export type RequiredSkill = { skillId: string; minProficiency: number; weight: number };

/**
 * Skill fit: per required skill, 1 when the person meets the minimum, their share of it when
 * below, 0 without the skill; averaged by the skills' weights.
 */
export function skillFit(required: readonly RequiredSkill[], has: ReadonlyMap<string, number>) {
  const detail = required.map((r) => ({
    skillId: r.skillId,
    proficiency: has.get(r.skillId) ?? null,
    minimum: r.minProficiency,
  }));
  const total = required.reduce((sum, r) => sum + r.weight, 0);
  if (total === 0) return { value: 1, detail };
  const met = required.reduce(
    (sum, r) => sum + r.weight * Math.min(1, (has.get(r.skillId) ?? 0) / r.minProficiency),
    0,
  );
  return { value: met / total, detail };
}

/**
 * Availability: per week of the window, the share of the requested hours the person has free
 * (capacity minus their other bookings and absences), averaged over the weeks.
 */
export function availabilityFit(freeHoursByWeek: readonly number[], neededPerWeek: number) {
  if (freeHoursByWeek.length === 0) return { value: 0, minFreeHours: 0, averageFreeHours: 0 };
  const shares = freeHoursByWeek.map((free) => Math.min(1, Math.max(0, free) / neededPerWeek));
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    value: shares.reduce((a, b) => a + b, 0) / shares.length,
    minFreeHours: round(Math.max(0, Math.min(...freeHoursByWeek))),
    averageFreeHours: round(
      Math.max(0, freeHoursByWeek.reduce((a, b) => a + b, 0) / freeHoursByWeek.length),
    ),
  };
}

const offsetFormats = new Map<string, Intl.DateTimeFormat | null>();

/** One formatter per zone for the process: building one costs more than using it. */
function offsetFormat(timeZone: string) {
  if (!offsetFormats.has(timeZone)) {
    let format: Intl.DateTimeFormat | null = null;
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    } catch {
      // An unknown zone: its offset is unknown.
    }
    offsetFormats.set(timeZone, format);
  }
  return offsetFormats.get(timeZone) ?? null;
}

/** The zone's offset from UTC in minutes on a day; null for an unknown zone. */
export function utcOffsetOn(timeZone: string, day: string): number | null {
  const format = offsetFormat(timeZone);
  if (!format) return null;
  const name =
    format.formatToParts(new Date(`${day}T12:00:00Z`)).find((p) => p.type === 'timeZoneName')
      ?.value ?? '';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

function timeZoneFit(offset: number | null, min: number | null, max: number | null) {
  if (min === null && max === null) return null;
  if (offset === null) return UNKNOWN;
  const below = min !== null ? Math.max(0, min - offset) : 0;
  const above = max !== null ? Math.max(0, offset - max) : 0;
  return Math.max(0, 1 - (below + above) / OFFSET_TOLERANCE_MINUTES);
}

/** Each required language: 1 at or above the level, half a point below it, 0 without it. */
function languageFit(required: readonly PersonLanguage[], has: readonly PersonLanguage[]) {
  if (required.length === 0) return null;
  const points = required.map((r): number => {
    const own = has.find((l) => l.code === r.code);
    if (!own) return 0;
    return levelRank[own.level] >= levelRank[r.level] ? 1 : 0.5;
  });
  return points.reduce((a, b) => a + b, 0) / points.length;
}

/** Time zone and languages, averaged over those the request asks for. */
export function locationFit(
  request: {
    utcOffsetMin: number | null;
    utcOffsetMax: number | null;
    languages: readonly PersonLanguage[];
  },
  person: { utcOffset: number | null; languages: readonly PersonLanguage[] },
) {
  const timeZone = timeZoneFit(person.utcOffset, request.utcOffsetMin, request.utcOffsetMax);
  const languages = languageFit(request.languages, person.languages);
  const parts = [timeZone, languages].filter((v): v is number => v !== null);
  return {
    value: parts.length ? parts.reduce((a, b) => a + b, 0) / parts.length : 1,
    timeZone,
    languages,
    utcOffset: person.utcOffset,
  };
}

/**
 * Cost against the request's maximum, both in one currency: 1 at or under it, falling to 0 at
 * half as much again; unknown (no rate, or no way to compare) counts half.
 */
export function costFit(rate: number | null, maximum: number | null) {
  if (maximum === null) return 1;
  if (rate === null) return UNKNOWN;
  if (rate <= maximum) return 1;
  return Math.max(0, 1 - (rate - maximum) / (maximum * COST_TOLERANCE));
}

/** The total: each component's value times its weight, to one decimal. */
export function totalScore(values: Record<keyof typeof SCORE_WEIGHTS, number>) {
  const sum = (Object.keys(SCORE_WEIGHTS) as (keyof typeof SCORE_WEIGHTS)[]).reduce(
    (acc, k) => acc + values[k] * SCORE_WEIGHTS[k],
    0,
  );
  return Math.round(sum * 10) / 10;
}
