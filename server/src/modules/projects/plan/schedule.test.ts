import { describe, expect, it } from 'vitest';
import { mondayToFriday, schedule } from './schedule.ts';

// 2026-12-07 is a Monday.
const task = (id: string, start: string, finish: string) => ({ id, start, finish });

describe('schedule', () => {
  it('pushes successors after their predecessors in working days and finds the critical path', () => {
    const result = schedule(
      '2026-12-07',
      [
        task('design', '2026-12-07', '2026-12-11'), // 5 days
        task('build', '2026-12-07', '2026-12-18'), // 10 days, waits for design
        task('docs', '2026-12-07', '2026-12-09'), // 3 days, waits for design
        task('test', '2026-12-07', '2026-12-09'), // 3 days, waits for build and docs
      ],
      [
        { predecessorId: 'design', successorId: 'build', type: 'FS', lagDays: 0 },
        { predecessorId: 'design', successorId: 'docs', type: 'FS', lagDays: 0 },
        { predecessorId: 'build', successorId: 'test', type: 'FS', lagDays: 1 },
        { predecessorId: 'docs', successorId: 'test', type: 'FS', lagDays: 0 },
      ],
    );
    const by = Object.fromEntries(result.map((r) => [r.id, r]));
    expect(by.build).toMatchObject({
      earlyStart: '2026-12-14',
      earlyFinish: '2026-12-25',
      critical: true,
    });
    // Test waits a working day after build: Monday 28th is the lag, Tuesday the start.
    expect(by.test).toMatchObject({
      earlyStart: '2026-12-29',
      earlyFinish: '2026-12-31',
      critical: true,
    });
    expect(by.docs).toMatchObject({ earlyStart: '2026-12-14', slackDays: 8, critical: false });
    expect(by.docs?.lateFinish).toBe('2026-12-28');
    expect(by.design?.critical).toBe(true);
  });

  it('reads start-to-start and finish-to-finish links with their lags', () => {
    const result = schedule(
      '2026-12-07',
      [
        task('a', '2026-12-07', '2026-12-11'),
        task('b', '2026-12-07', '2026-12-08'),
        task('c', '2026-12-07', '2026-12-07'),
      ],
      [
        { predecessorId: 'a', successorId: 'b', type: 'SS', lagDays: 2 },
        { predecessorId: 'a', successorId: 'c', type: 'FF', lagDays: 0 },
      ],
    );
    const by = Object.fromEntries(result.map((r) => [r.id, r]));
    expect(by.b).toMatchObject({ earlyStart: '2026-12-09', earlyFinish: '2026-12-10' });
    expect(by.c).toMatchObject({
      earlyStart: '2026-12-11',
      earlyFinish: '2026-12-11',
      critical: true,
    });
  });

  it('counts each task in the working days of its own calendar', () => {
    // Anna is away on Wednesday 9th; Ben works Tuesday to Saturday.
    const anna = (d: string) => mondayToFriday(d) && d !== '2026-12-09';
    const ben = (d: string) => ![0, 1].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
    const result = schedule(
      '2026-12-07',
      [
        { ...task('a', '2026-12-07', '2026-12-11'), calendar: anna },
        { ...task('b', '2026-12-08', '2026-12-09'), calendar: ben },
      ],
      [{ predecessorId: 'a', successorId: 'b', type: 'FS', lagDays: 0 }],
    );
    const by = Object.fromEntries(result.map((r) => [r.id, r]));
    // Five days of work from Monday, Anna away on Wednesday: she finishes the next Monday.
    expect(by.a).toMatchObject({ earlyStart: '2026-12-07', earlyFinish: '2026-12-14' });
    // Then two days for Ben, who works Tuesday to Saturday: Tuesday 15th and Wednesday 16th.
    expect(by.b).toMatchObject({
      earlyStart: '2026-12-15',
      earlyFinish: '2026-12-16',
      critical: true,
    });
  });
});
