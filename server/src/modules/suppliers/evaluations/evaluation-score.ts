import type { Criterion, Grade } from './evaluations.table.ts';

export type Score = { evaluatorId: string; criterionKey: string; score: number };

const givenFor = (scores: Score[], key: string) =>
  scores.filter((s) => s.criterionKey === key).map((s) => s.score);

const meanOf = (values: number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;

/**
 * The weighted score in hundredths: each criterion's mean over its evaluators, weighted by
 * its share of 100. Null until every criterion has at least one score.
 */
export function weightedScore(criteria: Criterion[], scores: Score[]): number | null {
  let total = 0;
  for (const c of criteria) {
    const mean = meanOf(givenFor(scores, c.key));
    if (mean === null) return null;
    total += mean * c.weight;
  }
  // The weights add up to 100, so the total is already the score in hundredths.
  return Math.round(total);
}

/** Each criterion's mean score in hundredths and how many evaluators gave one. */
export function criterionMeans(criteria: Criterion[], scores: Score[]) {
  return criteria.map((c) => {
    const given = givenFor(scores, c.key);
    const mean = meanOf(given);
    return { key: c.key, mean: mean === null ? null : Math.round(mean * 100), count: given.length };
  });
}

/** Share of the best possible score (5.00) each grade needs at least; below the last, D. */
export const GRADE_FLOORS: ReadonlyArray<readonly [Grade, number]> = [
  ['A', 0.85],
  ['B', 0.7],
  ['C', 0.55],
];

export function gradeOf(hundredths: number): Grade {
  const share = hundredths / 500;
  return GRADE_FLOORS.find(([, floor]) => share >= floor)?.[0] ?? 'D';
}
