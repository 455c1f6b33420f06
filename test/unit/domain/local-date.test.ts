import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../../src/domain/local-time.js';

// Zones with DST either way, half- and quarter-hour offsets, the date line, and one that changed its offset.
const ZONES = [
  'Europe/London',
  'America/New_York',
  'America/St_Johns',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Pacific/Apia',
  'UTC',
];

describe('localDate', () => {
  it('is the date luxon gives for any instant in any zone', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.constantFrom(...ZONES),
        (at, zone) => {
          expect(localDate(at, zone)).toBe(DateTime.fromJSDate(at, { zone }).toISODate());
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('turns over at local midnight, not UTC midnight', () => {
    expect(localDate(new Date('2026-11-25T10:59:59Z'), 'Pacific/Auckland')).toBe('2026-11-25');
    expect(localDate(new Date('2026-11-25T11:00:00Z'), 'Pacific/Auckland')).toBe('2026-11-26');
    expect(localDate(new Date('2026-11-25T04:59:59Z'), 'America/New_York')).toBe('2026-11-24');
  });

  it('is empty for a zone that does not exist', () => {
    expect(localDate(new Date('2026-11-25T10:00:00Z'), 'Mars/Olympus_Mons')).toBe('');
    expect(localDate(new Date('2026-11-25T10:00:00Z'), '')).toBe('');
  });
});
