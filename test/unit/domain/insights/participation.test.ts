import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countsAsPrompted,
  type ParticipationRecord,
  participationByCycle,
  participationOverall,
} from '../../../../src/domain/insights/index.js';
import { records, sampleHistory, weeklyDates } from './history.js';

const history = sampleHistory();
const byCycle = participationByCycle(history.participation);
const cycle = (index: number) => byCycle[index];
const sector = (index: number, key: string | null) => cycle(index)?.bySector.find((entry) => entry.sector === key);

describe('participation per cycle', () => {
  it('is answered over prompted, one entry per cycle in date order', () => {
    expect(byCycle.map((entry) => entry.cycleDate)).toEqual(weeklyDates('2026-09-07', 12));
    // Cycle 2: four teachers and three health partners answer; the youth worker is prompted and misses.
    expect(cycle(2)?.overall).toEqual({ shown: true, numerator: 7, denominator: 8, rate: 7 / 8 });
    // Cycle 1: health partners 5 and 6 miss and 7 skips; the youth worker is not yet scheduled.
    expect(cycle(1)?.overall).toMatchObject({ numerator: 4, denominator: 7 });
  });

  it('leaves people who are away out of the denominator', () => {
    // Cycle 3: teacher 4 is away; the other three teachers answered, so education is 3 of 3, not 3 of 4.
    expect(sector(3, 'education')?.rate).toMatchObject({ shown: true, numerator: 3, denominator: 3 });
    expect(cycle(3)?.overall).toMatchObject({ numerator: 3, denominator: 7 });
  });

  it('leaves people not yet scheduled, and any status it does not know, out of the denominator', () => {
    expect(cycle(0)?.overall).toMatchObject({ numerator: 7, denominator: 7 });
    const unknown: ParticipationRecord = { cycleDate: '2026-09-07', personId: 99, sector: 'health', status: 'paused' };
    const withUnknown = participationByCycle([...history.participation, unknown]);
    expect(withUnknown[0]).toEqual(byCycle[0]);
    expect(countsAsPrompted('not_yet_scheduled')).toBe(false);
    expect(countsAsPrompted('away')).toBe(false);
  });

  it('counts a mid-year joiner only in the cycles they were prompted in', () => {
    // The police officer joins at cycle 6: before that they are in no denominator.
    expect(cycle(5)?.overall.denominator).toBe(8);
    expect(cycle(6)?.overall).toMatchObject({ numerator: 8, denominator: 9 });
    const overall = participationOverall(history.participation);
    const prompted = history.participation.filter((record) => countsAsPrompted(record.status));
    expect(overall.overall.denominator).toBe(prompted.length);
  });

  it('shows a sector of fewer than three people as "fewer than 3", never as a rate', () => {
    expect(sector(8, 'police')?.rate).toEqual({ shown: false });
    expect(sector(8, 'youth_voice')?.rate).toEqual({ shown: false });
    // Two teachers away leaves two prompted: masked, though four teachers are on the roster.
    const twoAway = records(
      ['2026-09-07'],
      [1, 2, 3, 4].map((personId) => ({
        personId,
        sector: 'education',
        statusAt: () => (personId > 2 ? 'away' : 'answered'),
      })),
    );
    expect(participationByCycle(twoAway)[0]?.overall).toEqual({ shown: false });
    expect(
      participationOverall(history.participation).bySector.find((entry) => entry.sector === 'police')?.rate,
    ).toEqual({ shown: false });
  });

  it('lists sectors in the taxonomy order, whatever their rates: sectors are never ranked', () => {
    const statusArb = fc.constantFrom('answered', 'skipped', 'missed', 'away', 'not_yet_scheduled');
    const sectorArb = fc.constantFrom('education', 'health', 'police', 'faith', null);
    fc.assert(
      fc.property(
        fc.array(fc.record({ personId: fc.integer({ min: 1, max: 30 }), sector: sectorArb, status: statusArb }), {
          maxLength: 60,
        }),
        (rows) => {
          const unique = [...new Map(rows.map((row) => [row.personId, row])).values()];
          const result = participationByCycle(unique.map((row) => ({ ...row, cycleDate: '2026-09-07' })))[0];
          if (!result) return;
          const order = ['health', 'police', 'education', 'faith', null];
          const seen = result.bySector.map((entry) => order.indexOf(entry.sector));
          expect(seen).toEqual([...seen].sort((a, b) => a - b));
          const prompted = unique.filter((row) => countsAsPrompted(row.status));
          if (result.overall.shown) {
            expect(result.overall.denominator).toBe(prompted.length);
            expect(result.overall.numerator).toBe(prompted.filter((row) => row.status === 'answered').length);
          } else expect(prompted.length).toBeLessThan(3);
        },
      ),
    );
  });
});
