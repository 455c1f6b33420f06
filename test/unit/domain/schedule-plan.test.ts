import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE, reminderInstants, type Schedule } from '../../../src/domain/schedule.js';
import { nextPersonalOccurrence, shortestPeriodDays } from '../../../src/domain/schedule-plan.js';

const daily: Schedule = {
  ...DEFAULT_SCHEDULE,
  cadence: 'daily',
  days: [1, 2, 3, 4, 5, 6, 7],
  sendTime: '13:18',
  allowWeekends: true,
  windowUntilNext: true,
};
const clock = (partnerTz: string) => ({ partnerTz, coalitionTz: 'Europe/London' });
const SET_AT = new Date('2026-11-25T13:16:00Z');

describe("each person's next occurrence", () => {
  it('is today at 13:18 in London when set at 13:16, and closes at the next day’s prompt', () => {
    expect(nextPersonalOccurrence(daily, clock('Europe/London'), SET_AT, null)).toEqual({
      cycleDate: '2026-11-25',
      promptAt: new Date('2026-11-25T13:18:00Z'),
      closeAt: new Date('2026-11-26T13:18:00Z'),
    });
  });

  it('is tomorrow in Auckland, whose 13:18 today had passed when it was set', () => {
    expect(nextPersonalOccurrence(daily, clock('Pacific/Auckland'), SET_AT, null)).toMatchObject({
      cycleDate: '2026-11-26',
      promptAt: new Date('2026-11-26T00:18:00Z'),
    });
  });

  it('never gives an occurrence already given, even when a change moves its time later', () => {
    const later = { ...daily, sendTime: '15:00' };
    expect(nextPersonalOccurrence(later, clock('Europe/London'), SET_AT, '2026-11-25')?.cycleDate).toBe('2026-11-26');
  });

  it('keeps a weekly 48-hour window, and has none while paused', () => {
    const weekly = { ...DEFAULT_SCHEDULE, days: [3 as const], sendTime: '15:00' };
    const next = nextPersonalOccurrence(weekly, clock('Asia/Tokyo'), new Date('2026-11-25T14:58:00Z'), null);
    expect(next?.promptAt).toEqual(new Date('2026-12-02T06:00:00Z'));
    expect(next?.closeAt).toEqual(new Date('2026-12-04T06:00:00Z'));
    expect(nextPersonalOccurrence({ ...weekly, paused: true }, clock('Asia/Tokyo'), SET_AT, null)).toBeUndefined();
  });

  it('measures the shortest period between occurrences', () => {
    expect(shortestPeriodDays({ cadence: 'weekdays', days: [1, 2, 3, 4, 5] })).toBe(1);
    expect(shortestPeriodDays({ cadence: 'weekly', days: [1, 4] })).toBe(3);
    expect(shortestPeriodDays({ cadence: 'weekly', days: [2] })).toBe(7);
    expect(shortestPeriodDays({ cadence: 'fortnightly', days: [1, 5] })).toBe(4);
    expect(shortestPeriodDays({ cadence: 'monthly', days: [1] })).toBe(28);
  });
});

describe('reminders from the moment the prompt went out', () => {
  it('go halfway to the close, never within two hours of the prompt', () => {
    const sent = new Date('2026-11-25T09:00:00Z');
    expect(reminderInstants(DEFAULT_SCHEDULE, sent, new Date('2026-11-27T09:00:00Z'), 'Europe/London')).toEqual([
      new Date('2026-11-26T09:00:00Z'),
    ]);
    // A three-hour window: halfway would be 1 h 30 after the prompt, so it goes at 2 h.
    expect(reminderInstants(DEFAULT_SCHEDULE, sent, new Date('2026-11-25T12:00:00Z'), 'Europe/London')).toEqual([
      new Date('2026-11-25T11:00:00Z'),
    ]);
    // A 90-minute window has no room for one.
    expect(reminderInstants(DEFAULT_SCHEDULE, sent, new Date('2026-11-25T10:30:00Z'), 'Europe/London')).toEqual([]);
  });
});
