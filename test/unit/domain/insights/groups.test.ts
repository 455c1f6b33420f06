import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allCharts,
  computeInsights,
  describeRate,
  MIN_GROUP_SIZE,
  maskedCount,
  maskedRate,
} from '../../../../src/domain/insights/index.js';

describe('small groups', () => {
  it('never shows a rate or count for fewer than three people, and always does for three or more', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.nat(10), (numerator, extra, groupSize) => {
        const denominator = numerator + extra;
        const rate = maskedRate(numerator, denominator, groupSize);
        const hidden = groupSize < MIN_GROUP_SIZE || denominator === 0;
        expect(rate.shown).toBe(!hidden);
        expect(describeRate(rate) === 'fewer than 3').toBe(hidden);
        if (rate.shown) expect(rate.rate).toBeCloseTo(numerator / denominator);
        expect(maskedCount(numerator, groupSize) === undefined).toBe(groupSize < MIN_GROUP_SIZE);
      }),
    );
  });
});

describe('a coalition with no history yet', () => {
  it('has nothing to show, and says so in plain words', () => {
    const insights = computeInsights({
      coalitionName: 'New',
      period: { fromDate: '2026-11-01', toDate: '2026-11-30' },
      now: new Date('2026-11-25T10:00:00Z'),
      today: '2026-11-25',
      participation: [],
      cycleEnds: [],
      blockers: [],
      tasks: [],
      milestones: [],
      celebrations: [],
    });
    expect(insights.participation.overall).toEqual({ shown: false });
    expect(allCharts(insights).map((chart) => chart.takeaway)).toEqual([
      'No cycle had enough people asked to show a rate (groups of fewer than 3 are hidden).',
      'No milestones have been set yet.',
      'No blockers were raised in this period.',
    ]);
  });
});
