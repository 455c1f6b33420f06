import { describe, expect, it } from 'vitest';
import {
  celebrationCounts,
  milestoneBurnUp,
  milestoneSummary,
  monthsOf,
  reportingYear,
  twelveMonthsTo,
} from '../../../../src/domain/insights/index.js';
import { sampleHistory } from './history.js';

const history = sampleHistory();

describe('milestones over time against their targets', () => {
  it('burns up month by month: reached against planned by target date', () => {
    expect(milestoneBurnUp(history.milestones, history.period)).toEqual([
      { month: '2026-09', planned: 1, reached: 1 },
      { month: '2026-10', planned: 2, reached: 2 },
      { month: '2026-11', planned: 3, reached: 2 },
    ]);
  });

  it('says how many were reached by their target, late, and which open ones are past it', () => {
    expect(milestoneSummary(history.milestones, history.period, history.today)).toEqual({
      reachedInPeriod: 2,
      reachedByTarget: 1,
      reachedLate: 1,
      pastTarget: 1,
      open: 2,
    });
  });

  it('walks months across a year end', () => {
    expect(monthsOf({ fromDate: '2026-11-15', toDate: '2027-02-01' })).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
    expect(monthsOf(reportingYear('2026-11-25'))).toHaveLength(12);
  });
});

describe('kudos and celebrations', () => {
  it('counts them within the period, never per person', () => {
    expect(celebrationCounts(history.celebrations, history.period)).toEqual({
      kudos: 2,
      milestones: 1,
      winsShared: 1,
      reactions: 12,
    });
  });

  it('finds the twelve months to a date, across a leap day', () => {
    expect(twelveMonthsTo('2026-11-25')).toEqual({ fromDate: '2025-11-26', toDate: '2026-11-25' });
    expect(twelveMonthsTo('2028-02-29')).toEqual({ fromDate: '2027-03-01', toDate: '2028-02-29' });
    expect(twelveMonthsTo('2027-12-31')).toEqual({ fromDate: '2027-01-01', toDate: '2027-12-31' });
  });

  it('finds the April-to-March reporting year for any date', () => {
    expect(reportingYear('2026-11-25')).toEqual({ fromDate: '2026-04-01', toDate: '2027-03-31' });
    expect(reportingYear('2027-03-31')).toEqual({ fromDate: '2026-04-01', toDate: '2027-03-31' });
    expect(reportingYear('2027-04-01')).toEqual({ fromDate: '2027-04-01', toDate: '2028-03-31' });
  });
});
