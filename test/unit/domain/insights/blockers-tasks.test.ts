import { describe, expect, it } from 'vitest';
import {
  blockerSeries,
  blockerSummary,
  describeRate,
  FEWER_THAN_3,
  maskedRate,
  taskInsights,
} from '../../../../src/domain/insights/index.js';
import { sampleHistory } from './history.js';

const history = sampleHistory();

describe('blockers', () => {
  it('counts blockers raised in the period, offers of help, resolutions and their age', () => {
    expect(blockerSummary(history.blockers, history.period, history.now)).toEqual({
      raised: 4,
      offeredHelp: 2,
      resolved: 2,
      stillOpen: 2,
      medianDaysToResolve: 9, // 14 days and 4 days
      oldestOpenDays: 46, // raised 12 Oct 17:00, now 28 Nov 12:00
    });
  });

  it('treats a resolution after `now` as still open', () => {
    const early = new Date('2026-09-15T00:00:00Z');
    const summary = blockerSummary(history.blockers, history.period, early);
    expect(summary.resolved).toBe(0);
  });

  it('tracks open and resolved over time at each cycle end', () => {
    const series = blockerSeries(history.blockers, history.cycleEnds.slice(0, 3));
    expect(series).toEqual([
      { date: '2026-09-07', open: 2, resolved: 0 },
      { date: '2026-09-14', open: 2, resolved: 1 },
      { date: '2026-09-21', open: 0, resolved: 3 },
    ]);
  });
});

describe('tasks', () => {
  const result = taskInsights(history.tasks, history.period, history.today);

  it('counts completed and overdue tasks and the on-time rate, overall', () => {
    expect(result.overall.completed).toBe(4);
    expect(result.overall.overdue).toBe(2); // T3 due 1 Nov, on track; police task due 20 Nov, blocked
    // Three completed tasks had a due date; two of them were done by it.
    expect(result.overall.onTime).toMatchObject({ numerator: 2, denominator: 3 });
  });

  it('masks a sector whose tasks are held by fewer than three people', () => {
    const police = result.bySector.find((entry) => entry.sector === 'police');
    expect(police).toEqual({ sector: 'police', completed: undefined, overdue: undefined, onTime: { shown: false } });
    const education = result.bySector.find((entry) => entry.sector === 'education');
    expect(education?.completed).toBe(3);
    // Education's on-time rate rests on two people's tasks: masked even though four people hold tasks.
    expect(education?.onTime).toEqual({ shown: false });
  });

  it('describes masked figures in words', () => {
    expect(describeRate(maskedRate(1, 2))).toBe(FEWER_THAN_3);
    expect(describeRate(maskedRate(2, 3))).toBe('67% (2 of 3)');
  });
});
