import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../../../src/domain/errors.js';
import { parseScheduleText, parseTime } from '../../../../src/slack/parse/schedule.js';

describe('parseScheduleText', () => {
  it.each([
    ['', { action: 'modal' }],
    ['show', { action: 'show' }],
    ['pause', { action: 'pause' }],
    ['resume', { action: 'resume' }],
    [
      'weekly mon 09:00',
      { action: 'set', changes: { cadence: 'weekly', days: [1], sendTime: '09:00', allowWeekends: false } },
    ],
    [
      'fortnightly tue,thu 14:30 window 48h',
      { action: 'set', changes: { cadence: 'fortnightly', days: [2, 4], sendTime: '14:30', windowMinutes: 2880 } },
    ],
    [
      'monthly first-mon 10:00',
      { action: 'set', changes: { cadence: 'monthly', days: [1], monthlyWeek: 1, sendTime: '10:00' } },
    ],
    [
      'monthly last-fri 4pm',
      { action: 'set', changes: { cadence: 'monthly', days: [5], monthlyWeek: -1, sendTime: '16:00' } },
    ],
    ['weekdays 09:00', { action: 'set', changes: { cadence: 'weekdays', days: [1, 2, 3, 4, 5], sendTime: '09:00' } }],
    ['daily 9am', { action: 'set', changes: { cadence: 'daily', allowWeekends: true, sendTime: '09:00' } }],
    [
      'Weekly Monday 2:30pm window 2d',
      { action: 'set', changes: { days: [1], sendTime: '14:30', windowMinutes: 2880 } },
    ],
    ['weekly sat 10.15', { action: 'set', changes: { days: [6], sendTime: '10:15', allowWeekends: true } }],
    [
      'weekly mon 09:00 clock:coalition reminders:2 quiet:21:00-07:00',
      { action: 'set', changes: { clock: 'coalition', reminders: 2, quietHours: { start: '21:00', end: '07:00' } } },
    ],
    [
      'weekly mon 09:00 skip:2026-12-28,2027-01-04 weekends:no',
      { action: 'set', changes: { skippedDates: ['2026-12-28', '2027-01-04'], allowWeekends: false } },
    ],
  ])('reads %j', (text, expected) => {
    expect(parseScheduleText(text)).toMatchObject(expected);
  });

  it.each([
    ['hourly 09:00', /don’t know the schedule/],
    ['weekly mon', /give a time/],
    ['weekly 09:00', /needs a day/],
    ['weekly funday 09:00', /could not read one of the days/],
    ['weekly mon 25:00', /give a time/],
    ['monthly fifth-mon 09:00', /first-mon/],
    ['monthly 09:00', /first-mon/],
    ['weekly mon 09:00 window 0h', /window/],
    ['weekly mon 09:00 window', /window/],
    ['weekly mon 09:00 clock:martian', /clock:/],
    ['weekly mon 09:00 reminders:9', /reminders:/],
    ['weekly mon 09:00 skip:christmas', /skip:/],
    ['weekly mon 09:00 weekends:maybe', /weekends:/],
    ['weekly mon 09:00 quiet:late', /quiet:/],
    ['weekly mon 09:00 colour:blue', /don’t know the option/],
    ['pause now', /don’t know the schedule/],
  ])('answers %j with a usage hint', (text, message) => {
    try {
      parseScheduleText(text);
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(isDomainError(error)).toBe(true);
      expect((error as Error).message).toMatch(message);
      expect((error as { hint?: string }).hint).toContain('/coalition schedule weekly mon 09:00');
    }
  });

  it.each([
    ['09:00', '09:00'],
    ['9:05', '09:05'],
    ['12am', '00:00'],
    ['12pm', '12:00'],
    ['2:30pm', '14:30'],
    ['14.30', '14:30'],
    ['9', undefined],
    ['13pm', undefined],
    ['24:00', undefined],
  ])('reads the time %j as %s', (text, expected) => {
    expect(parseTime(text)).toBe(expected);
  });
});
