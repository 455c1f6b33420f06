import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE, promptInstant, type Schedule, windowCloseInstant } from '../../../src/domain/schedule.js';
import { parseScheduleText } from '../../../src/slack/parse/schedule.js';

const closingWednesday: Schedule = { ...DEFAULT_SCHEDULE, closeAt: { weekday: 3, time: '17:00' } };

describe('closing at a set local time', () => {
  it.each([
    ['London', 'Europe/London'],
    ['New York', 'America/New_York'],
    ['Chatham', 'Pacific/Chatham'],
  ])('closes a %s partner’s window at Wednesday 17:00 London time', (_name, zone) => {
    const promptAt = promptInstant(closingWednesday, '2026-11-30', zone, 'Europe/London');
    const close = windowCloseInstant(closingWednesday, promptAt, { date: '2026-11-30', coalitionTz: 'Europe/London' });
    expect(close.toISOString()).toBe('2026-12-02T17:00:00.000Z');
  });

  it('moves to the following week when the closing day comes before the prompt', () => {
    const mondayClose: Schedule = { ...DEFAULT_SCHEDULE, closeAt: { weekday: 1, time: '08:00' } };
    const promptAt = promptInstant(mondayClose, '2026-11-30', 'Europe/London', 'Europe/London');
    expect(
      windowCloseInstant(mondayClose, promptAt, { date: '2026-11-30', coalitionTz: 'Europe/London' }).toISOString(),
    ).toBe('2026-12-07T08:00:00.000Z');
  });

  it('uses the window length when no closing time is set', () => {
    const promptAt = new Date('2026-11-30T09:00:00Z');
    expect(
      windowCloseInstant(DEFAULT_SCHEDULE, promptAt, {
        date: '2026-11-30',
        coalitionTz: 'Europe/London',
      }).toISOString(),
    ).toBe('2026-12-02T09:00:00.000Z');
  });

  it.each([
    ['weekly mon 09:00 close wed 17:00', { closeAt: { weekday: 3, time: '17:00' } }],
    ['weekly mon 09:00 closes Wednesday 5pm', { closeAt: { weekday: 3, time: '17:00' } }],
    ['weekly mon 09:00 window 36h', { closeAt: null, windowMinutes: 2160 }],
  ])('reads %j', (text, changes) => {
    expect(parseScheduleText(text)).toMatchObject({ action: 'set', changes });
  });

  it('explains the form when the closing day or time is missing', () => {
    expect(() => parseScheduleText('weekly mon 09:00 close wed')).toThrow(/close wed 17:00/);
  });
});
