import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { localInstant } from '../../../src/domain/local-time.js';
import {
  cycleDatesBetween,
  DEFAULT_SCHEDULE,
  isQuiet,
  nextCycleDate,
  promptInstant,
  reminderInstants,
  type Schedule,
  validateSchedule,
  windowCloseInstant,
} from '../../../src/domain/schedule.js';

const schedule = (patch: Partial<Schedule> = {}): Schedule => ({ ...DEFAULT_SCHEDULE, ...patch });
const iso = (date: Date) => date.toISOString();

describe('localInstant across DST', () => {
  it.each([
    ['an ordinary morning in London (GMT)', '2026-11-30', '09:00', 'Europe/London', '2026-11-30T09:00:00.000Z'],
    ['an ordinary morning in London (BST)', '2026-06-01', '09:00', 'Europe/London', '2026-06-01T08:00:00.000Z'],
    [
      'New York 02:30 on spring-forward day moves to 03:00 EDT',
      '2027-03-14',
      '02:30',
      'America/New_York',
      '2027-03-14T07:00:00.000Z',
    ],
    [
      'London 01:30 on spring-forward day moves to 02:00 BST',
      '2027-03-28',
      '01:30',
      'Europe/London',
      '2027-03-28T01:00:00.000Z',
    ],
    [
      'Chatham 03:00 inside the 02:45–03:45 gap moves to 03:45',
      '2026-09-27',
      '03:00',
      'Pacific/Chatham',
      '2026-09-26T14:00:00.000Z',
    ],
    [
      'New York 01:30 on fall-back day fires once, at the first (EDT) one',
      '2026-11-01',
      '01:30',
      'America/New_York',
      '2026-11-01T05:30:00.000Z',
    ],
    [
      'London 01:30 on fall-back day fires at the first (BST) one',
      '2026-10-25',
      '01:30',
      'Europe/London',
      '2026-10-25T00:30:00.000Z',
    ],
    [
      'Chatham 03:00 in the repeated hour fires at the first (+13:45) one',
      '2027-04-04',
      '03:00',
      'Pacific/Chatham',
      '2027-04-03T13:15:00.000Z',
    ],
    ['Kolkata has no DST (+05:30)', '2027-03-14', '09:00', 'Asia/Kolkata', '2027-03-14T03:30:00.000Z'],
  ])('%s', (_name, date, time, zone, expected) => {
    expect(iso(localInstant(date, time, zone))).toBe(expected);
  });
});

describe('occurrences', () => {
  it.each([
    ['weekly on Monday', schedule(), '2026-11-24', '2026-12-14', ['2026-11-30', '2026-12-07', '2026-12-14']],
    [
      'weekly on Tuesday and Thursday',
      schedule({ days: [2, 4] }),
      '2026-11-24',
      '2026-12-01',
      ['2026-11-24', '2026-11-26', '2026-12-01'],
    ],
    [
      'fortnightly, on-weeks from the anchor',
      schedule({ cadence: 'fortnightly', days: [2, 4], anchorDate: '2026-11-23' }),
      '2026-11-23',
      '2026-12-13',
      ['2026-11-24', '2026-11-26', '2026-12-08', '2026-12-10'],
    ],
    [
      'monthly on the first Monday, over a year end',
      schedule({ cadence: 'monthly', days: [1], monthlyWeek: 1 }),
      '2026-11-15',
      '2027-02-28',
      ['2026-12-07', '2027-01-04', '2027-02-01'],
    ],
    [
      'monthly on the last Friday',
      schedule({ cadence: 'monthly', days: [5], monthlyWeek: -1 }),
      '2026-11-01',
      '2027-01-31',
      ['2026-11-27', '2026-12-25', '2027-01-29'],
    ],
    [
      'weekdays skip the weekend',
      schedule({ cadence: 'weekdays' }),
      '2026-11-27',
      '2026-12-01',
      ['2026-11-27', '2026-11-30', '2026-12-01'],
    ],
    [
      'daily includes the weekend',
      schedule({ cadence: 'daily', allowWeekends: true }),
      '2026-11-27',
      '2026-11-29',
      ['2026-11-27', '2026-11-28', '2026-11-29'],
    ],
    [
      'skipped dates are left out',
      schedule({ skippedDates: ['2026-12-07'] }),
      '2026-11-30',
      '2026-12-14',
      ['2026-11-30', '2026-12-14'],
    ],
    ['a paused schedule has none', schedule({ paused: true }), '2026-11-30', '2026-12-14', []],
  ])('%s', (_name, rules, from, to, expected) => {
    expect(cycleDatesBetween(rules, from, to)).toEqual(expected);
  });

  it('finds the next occurrence strictly after a date', () => {
    expect(nextCycleDate(schedule(), '2026-11-30')).toBe('2026-12-07');
    expect(nextCycleDate(schedule(), '2026-11-29')).toBe('2026-11-30');
  });
});

describe('prompts, reminders and quiet hours', () => {
  it.each([
    ['partner clock: 09:00 in the partner’s zone', schedule(), 'America/New_York', '2026-11-30T14:00:00.000Z'],
    [
      'coalition clock: London 09:00 is 14:30 in Kolkata, which is fine',
      schedule({ clock: 'coalition' }),
      'Asia/Kolkata',
      '2026-11-30T09:00:00.000Z',
    ],
    [
      'coalition clock: London 09:00 is 22:00 in Chatham, deferred to 08:00 Tuesday there',
      schedule({ clock: 'coalition' }),
      'Pacific/Chatham',
      '2026-11-30T18:15:00.000Z',
    ],
  ])('%s', (_name, rules, partnerTz, expected) => {
    expect(iso(promptInstant(rules, '2026-11-30', partnerTz, 'Europe/London'))).toBe(expected);
  });

  it('defers a prompt that would land on the partner’s weekend to Monday morning', () => {
    const fridayEvening = schedule({ clock: 'coalition', days: [5], sendTime: '18:00' });
    const at = promptInstant(fridayEvening, '2026-11-27', 'Asia/Kolkata', 'Europe/London');
    expect(DateTime.fromJSDate(at, { zone: 'Asia/Kolkata' }).toFormat('ccc HH:mm')).toBe('Mon 08:00');
  });

  it.each([
    ['one reminder halfway through 48 hours', schedule(), '2026-11-30T09:00:00.000Z', ['2026-12-01T09:00:00.000Z']],
    [
      'two reminders at a third and two thirds',
      schedule({ reminders: 2, windowMinutes: 72 * 60 }),
      '2026-11-30T09:00:00.000Z',
      ['2026-12-01T09:00:00.000Z', '2026-12-02T09:00:00.000Z'],
    ],
    [
      'two reminders pushed together by quiet hours become one',
      schedule({ reminders: 2, windowMinutes: 36 * 60 }),
      '2026-11-30T09:00:00.000Z',
      ['2026-12-01T08:00:00.000Z'],
    ],
    ['none', schedule({ reminders: 0 }), '2026-11-30T09:00:00.000Z', []],
    [
      'a reminder in quiet hours moves to 08:00, still before the close',
      schedule({ windowMinutes: 24 * 60 }),
      '2026-11-30T09:00:00.000Z',
      ['2026-12-01T08:00:00.000Z'],
    ],
    [
      'a reminder that quiet hours would push past the close is dropped',
      schedule({ windowMinutes: 6 * 60 }),
      '2026-11-30T18:00:00.000Z',
      [],
    ],
  ])('%s', (_name, rules, prompt, expected) => {
    const promptAt = new Date(prompt);
    const reminders = reminderInstants(rules, promptAt, windowCloseInstant(rules, promptAt), 'Europe/London');
    expect(reminders.map(iso)).toEqual(expected);
  });

  it('moves a quiet-hours reminder to the end of quiet hours when that is still inside the window', () => {
    const rules = schedule({ windowMinutes: 30 * 60 });
    const promptAt = new Date('2026-11-30T09:00:00.000Z');
    // Halfway is 00:00 local: quiet, so it moves to 08:00, before the 15:00 close.
    expect(reminderInstants(rules, promptAt, windowCloseInstant(rules, promptAt), 'Europe/London').map(iso)).toEqual([
      '2026-12-01T08:00:00.000Z',
    ]);
  });

  it.each([
    ['21:30 on a weekday', '2026-11-30T21:30:00Z', true],
    ['07:59 on a weekday', '2026-12-01T07:59:00Z', true],
    ['08:00 on a weekday', '2026-12-01T08:00:00Z', false],
    ['noon on a Saturday', '2026-11-28T12:00:00Z', true],
  ])('treats %s in London as quiet: %s', (_name, at, quiet) => {
    expect(isQuiet(new Date(at), 'Europe/London', schedule())).toBe(quiet);
  });
});

describe('validateSchedule', () => {
  it.each([
    ['the default', {}, []],
    ['a send time in quiet hours', { sendTime: '21:00' }, ['21:00 is inside quiet hours (20:00–08:00)']],
    ['no days', { days: [] }, ['choose at least one day']],
    ['a one-minute window', { windowMinutes: 1 }, ['the window must be between 1 hour and 14 days']],
    ['four reminders', { reminders: 4 }, ['reminders must be 0 to 3']],
    [
      'monthly with two days',
      { cadence: 'monthly' as const, days: [1, 2] as Schedule['days'], monthlyWeek: 1 as const },
      ['a monthly check-in needs one day, like first-mon'],
    ],
    ['a time that is not a time', { sendTime: '25:00' }, ['the time must look like 09:00']],
  ])('%s', (_name, patch, expected) => {
    expect(validateSchedule(schedule(patch as Partial<Schedule>))).toEqual(expected);
  });
});
