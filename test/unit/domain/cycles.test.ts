import { describe, expect, it } from 'vitest';
import {
  isAwayOn,
  isLate,
  isStaleReminder,
  MAX_DELIVERY_ATTEMPTS,
  nextAttemptAfter,
  parseDateRange,
} from '../../../src/domain/cycles.js';

const now = new Date('2026-11-30T12:00:00Z');

describe('cycles', () => {
  it.each([
    ['2026-12-24..2027-01-02', { fromDate: '2026-12-24', toDate: '2027-01-02' }],
    ['2026-12-24 to 2027-01-02', { fromDate: '2026-12-24', toDate: '2027-01-02' }],
    ['2026-12-24', { fromDate: '2026-12-24', toDate: '2026-12-24' }],
    ['2027-01-02..2026-12-24', undefined],
    ['2026-02-30', undefined],
    ['next week', undefined],
    ['', undefined],
  ])('reads the away range %j', (text, expected) => {
    expect(parseDateRange(text)).toEqual(expected);
  });

  it.each([
    ['open and before the close', { status: 'open' as const, closesAt: new Date('2026-11-30T13:00:00Z') }, false],
    ['open but past the close', { status: 'open' as const, closesAt: new Date('2026-11-30T11:00:00Z') }, true],
    ['closed', { status: 'closed' as const, closesAt: new Date('2026-12-30T11:00:00Z') }, true],
  ])('an answer to a cycle that is %s is late: %s', (_name, cycle, late) => {
    expect(isLate(cycle, now)).toBe(late);
  });

  it('knows who is away on a date, inclusive', () => {
    const periods = [{ personId: 1, fromDate: '2026-12-24', toDate: '2027-01-02' }];
    expect([
      isAwayOn(periods, '2026-12-23'),
      isAwayOn(periods, '2026-12-24'),
      isAwayOn(periods, '2027-01-02'),
      isAwayOn(periods, '2027-01-03'),
    ]).toEqual([false, true, true, false]);
  });

  it('backs off 1, 2, 4 … minutes, capped at 30', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 12].map(
      (attempts) => (nextAttemptAfter(attempts, now).getTime() - now.getTime()) / 60_000,
    );
    expect(delays).toEqual([1, 2, 4, 8, 16, 30, 30, 30]);
    expect(MAX_DELIVERY_ATTEMPTS).toBeGreaterThan(5);
  });

  it('drops reminders that waited more than an hour, never prompts', () => {
    const dueAt = new Date('2026-11-30T10:30:00Z');
    expect(isStaleReminder({ kind: 'reminder', dueAt }, now)).toBe(true);
    expect(isStaleReminder({ kind: 'reminder', dueAt: new Date('2026-11-30T11:30:00Z') }, now)).toBe(false);
    expect(isStaleReminder({ kind: 'prompt', dueAt }, now)).toBe(false);
  });
});
