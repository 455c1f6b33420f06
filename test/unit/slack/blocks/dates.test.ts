import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { formatDate, slackDate, slackDay } from '../../../../src/slack/blocks/dates.js';

const isoDates = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((at) => at.toISOString().slice(0, 10));

describe('dates in messages', () => {
  it('writes a calendar date as English "Mon 30 Nov 2026", the same as luxon in en-US (the old default here)', () => {
    fc.assert(
      fc.property(isoDates, (iso) => {
        const luxon = DateTime.fromISO(iso, { zone: 'UTC', locale: 'en-US' });
        expect(formatDate(iso)).toBe(luxon.toFormat('ccc d LLL yyyy'));
      }),
      { numRuns: 1000 },
    );
    expect(formatDate('2026-11-30')).toBe('Mon 30 Nov 2026');
  });

  it('puts a date token at noon UTC on that day, so no reader sees the day before or after', () => {
    fc.assert(
      fc.property(isoDates, (iso) => {
        const seconds = DateTime.fromISO(iso, { zone: 'UTC' }).set({ hour: 12 }).toSeconds();
        expect(slackDate(iso)).toBe(`<!date^${seconds}^{date_short_pretty}|${formatDate(iso)}>`);
      }),
    );
  });

  it('leaves text that is not a real date as it was given', () => {
    expect(formatDate('2026-02-30')).toBe('2026-02-30');
    expect(slackDate('soon')).toBe('soon');
  });

  it('gives an instant’s day in the fallback zone, or in UTC when that zone is unknown', () => {
    const at = new Date('2026-11-25T23:30:00Z');
    expect(slackDay(at, 'Pacific/Auckland')).toContain('|Thu 26 Nov 2026>');
    expect(slackDay(at, 'Not/AZone')).toContain('|Wed 25 Nov 2026>');
  });
});
