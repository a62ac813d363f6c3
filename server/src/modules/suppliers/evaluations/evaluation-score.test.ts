import { describe, expect, it } from 'vitest';
import { criterionMeans, gradeOf, weightedScore } from './evaluation-score.ts';

const criteria = [
  { key: 'quality', name: 'Quality', weight: 40, guidance: null },
  { key: 'delivery', name: 'Delivery', weight: 30, guidance: null },
  { key: 'cost', name: 'Cost', weight: 30, guidance: null },
];
const score = (evaluatorId: string, criterionKey: string, s: number) => ({
  evaluatorId,
  criterionKey,
  score: s,
});

describe('supplier evaluation scores', () => {
  it('weights each criterion’s mean over its evaluators', () => {
    const scores = [
      score('a', 'quality', 5),
      score('b', 'quality', 4),
      score('a', 'delivery', 3),
      score('b', 'delivery', 4),
      score('a', 'cost', 2),
    ];
    // 4.5 × 0.4 + 3.5 × 0.3 + 2 × 0.3 = 3.45
    expect(weightedScore(criteria, scores)).toBe(345);
    expect(criterionMeans(criteria, scores)).toEqual([
      { key: 'quality', mean: 450, count: 2 },
      { key: 'delivery', mean: 350, count: 2 },
      { key: 'cost', mean: 200, count: 1 },
    ]);
  });

  it('has no score until every criterion is scored', () => {
    expect(weightedScore(criteria, [score('a', 'quality', 5)])).toBeNull();
  });

  it('grades by share of the best score', () => {
    expect(gradeOf(500)).toBe('A');
    expect(gradeOf(425)).toBe('A');
    expect(gradeOf(424)).toBe('B');
    expect(gradeOf(350)).toBe('B');
    expect(gradeOf(349)).toBe('C');
    expect(gradeOf(275)).toBe('C');
    expect(gradeOf(274)).toBe('D');
    expect(gradeOf(100)).toBe('D');
  });
});
