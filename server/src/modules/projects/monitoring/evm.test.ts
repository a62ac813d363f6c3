import { describe, expect, it } from 'vitest';
import { earnedValue, indices, phaseValues, plannedShare, plannedValue, weights } from './evm.ts';

describe('earned value', () => {
  // Monday 7 to Friday 18 December 2026: ten working days.
  const task = { start: '2026-12-07', finish: '2026-12-18' };

  it('plans a task linearly over its working days', () => {
    expect(plannedShare(task, '2026-12-06')).toBe(0);
    expect(plannedShare(task, '2026-12-11')).toBe(0.5);
    // The weekend adds nothing.
    expect(plannedShare(task, '2026-12-13')).toBe(0.5);
    expect(plannedShare(task, '2026-12-18')).toBe(1);
  });

  it('weighs tasks by their estimates, parents by nothing', () => {
    expect(
      weights([
        { estimateHours: 0, leaf: false },
        { estimateHours: 30, leaf: true },
        { estimateHours: 10, leaf: true },
      ]),
    ).toEqual([0, 0.75, 0.25]);
    expect(
      weights([
        { estimateHours: 0, leaf: true },
        { estimateHours: 0, leaf: true },
      ]),
    ).toEqual([0.5, 0.5]);
  });

  it('works out PV, EV and the indices from a hand-worked plan', () => {
    const tasks = [
      { ...task, weight: 0.75, percentComplete: 40, root: 'build' },
      {
        start: '2026-12-14',
        finish: '2026-12-18',
        weight: 0.25,
        percentComplete: 0,
        root: 'test',
      },
    ];
    // On Friday 11th: half of the first task planned, none of the second.
    const pv = plannedValue(100_000, tasks, '2026-12-11');
    const ev = earnedValue(100_000, tasks);
    expect(pv).toBe(37_500);
    expect(ev).toBe(30_000);
    // Each phase holds its own tasks' shares.
    expect(phaseValues(100_000, tasks, '2026-12-11')).toEqual([
      { root: 'build', bac: 75_000, pv: 37_500, ev: 30_000 },
      { root: 'test', bac: 25_000, pv: 0, ev: 0 },
    ]);
    expect(indices(100_000, pv, ev, 40_000)).toEqual({
      spi: 0.8,
      cpi: 0.75,
      eac: 133_333,
      etc: 93_333,
      vac: -33_333,
    });
    expect(indices(100_000, 0, 0, 0)).toEqual({
      spi: null,
      cpi: null,
      eac: null,
      etc: null,
      vac: null,
    });
  });
});
