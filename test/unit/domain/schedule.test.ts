import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  cycleCloseInstant,
  cycleDateOnOrBefore,
  cycleDatesBetween,
  cycleDatesInRange,
  DEFAULT_SCHEDULE,
  isQuiet,
  localInstant,
  nextAllowedInstant,
  nextCycleDate,
  promptInstant,
  reminderInstants,
  type Schedule,
  validateSchedule,
  windowCloseInstant,
} from '../../../src/domain/schedule.js';

const rules = (patch: Partial<Schedule> = {}): Schedule => ({ ...DEFAULT_SCHEDULE, ...patch });
/** The instant to the minute, in UTC: '2026-11-30T09:00Z'. */
const utc = (date: Date) => `${date.toISOString().slice(0, 16)}Z`;
const local = (date: Date, zone: string) => DateTime.fromJSDate(date, { zone }).toFormat('ccc yyyy-MM-dd HH:mm');

// Real transitions (checked against luxon's tz data): New York 2026-11-01 02:00 EDT→01:00 EST and 2027-03-14
// 02:00 EST→03:00 EDT; London 2026-10-25 02:00 BST→01:00 GMT and 2027-03-28 01:00 GMT→02:00 BST; Chatham
// 2026-09-27 02:45→03:45 (+12:45→+13:45) and 2027-04-04 03:45→02:45; Kolkata stays +05:30.
describe('localInstant', () => {
  it.each([
    ['London in winter', '2026-11-30', '09:00', 'Europe/London', '2026-11-30T09:00Z'],
    ['London in summer', '2026-06-01', '09:00', 'Europe/London', '2026-06-01T08:00Z'],
    ['Kolkata, no DST', '2027-03-14', '09:00', 'Asia/Kolkata', '2027-03-14T03:30Z'],
    ['New York just before the gap', '2027-03-14', '01:59', 'America/New_York', '2027-03-14T06:59Z'],
    ['New York 02:00 (gap) → 03:00 EDT', '2027-03-14', '02:00', 'America/New_York', '2027-03-14T07:00Z'],
    ['New York 02:30 (gap) → 03:00 EDT', '2027-03-14', '02:30', 'America/New_York', '2027-03-14T07:00Z'],
    ['New York 03:00, the first valid minute', '2027-03-14', '03:00', 'America/New_York', '2027-03-14T07:00Z'],
    ['London 01:30 (gap) → 02:00 BST', '2027-03-28', '01:30', 'Europe/London', '2027-03-28T01:00Z'],
    ['Chatham 02:44, before the gap', '2026-09-27', '02:44', 'Pacific/Chatham', '2026-09-26T13:59Z'],
    ['Chatham 02:45 (gap) → 03:45', '2026-09-27', '02:45', 'Pacific/Chatham', '2026-09-26T14:00Z'],
    ['Chatham 03:00 (gap) → 03:45', '2026-09-27', '03:00', 'Pacific/Chatham', '2026-09-26T14:00Z'],
    ['New York 01:30 twice → the EDT one', '2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30Z'],
    ['New York 02:00 after fall-back (EST)', '2026-11-01', '02:00', 'America/New_York', '2026-11-01T07:00Z'],
    ['London 01:30 twice → the BST one', '2026-10-25', '01:30', 'Europe/London', '2026-10-25T00:30Z'],
    ['Chatham 03:00 twice → the +13:45 one', '2027-04-04', '03:00', 'Pacific/Chatham', '2027-04-03T13:15Z'],
  ])('%s', (_name, date, time, zone, expected) => {
    expect(utc(localInstant(date, time, zone))).toBe(expected);
  });
});

describe('cycle dates', () => {
  it.each([
    [
      'weekly Tue and Thu',
      rules({ days: [2, 4] }),
      '2026-11-24',
      '2026-12-01',
      ['2026-11-24', '2026-11-26', '2026-12-01'],
    ],
    [
      'fortnightly: on-weeks are even weeks from the anchor',
      rules({ cadence: 'fortnightly', days: [2, 4] }),
      '2026-11-23',
      '2026-12-13',
      ['2026-11-24', '2026-11-26', '2026-12-08', '2026-12-10'],
    ],
    [
      'fortnightly: anchored a week later flips parity',
      rules({ cadence: 'fortnightly', days: [2, 4], anchorDate: '2026-12-03' }),
      '2026-11-23',
      '2026-12-13',
      ['2026-12-01', '2026-12-03'],
    ],
    [
      'fortnightly across ISO week 53 (2026)',
      rules({ cadence: 'fortnightly', anchorDate: '2026-12-21' }),
      '2026-12-14',
      '2027-01-25',
      ['2026-12-21', '2027-01-04', '2027-01-18'],
    ],
    [
      'monthly first-mon over a year end',
      rules({ cadence: 'monthly', monthlyWeek: 1 }),
      '2026-11-15',
      '2027-02-28',
      ['2026-12-07', '2027-01-04', '2027-02-01'],
    ],
    [
      'monthly last-fri over a year end',
      rules({ cadence: 'monthly', days: [5], monthlyWeek: -1 }),
      '2026-11-01',
      '2027-01-31',
      ['2026-11-27', '2026-12-25', '2027-01-29'],
    ],
    [
      'monthly fourth-fri is not last-fri in a five-Friday month',
      rules({ cadence: 'monthly', days: [5], monthlyWeek: 4 }),
      '2027-01-01',
      '2027-01-31',
      ['2027-01-22'],
    ],
    [
      'monthly last-fri when the month ends on a Friday (not the 24th too)',
      rules({ cadence: 'monthly', days: [5], monthlyWeek: -1 }),
      '2026-07-01',
      '2026-07-31',
      ['2026-07-31'],
    ],
    [
      'monthly last-mon in a 28-day February',
      rules({ cadence: 'monthly', monthlyWeek: -1 }),
      '2027-02-01',
      '2027-02-28',
      ['2027-02-22'],
    ],
    [
      'weekdays skip Saturday and Sunday',
      rules({ cadence: 'weekdays', days: [1, 2, 3, 4, 5] }),
      '2026-11-27',
      '2026-12-01',
      ['2026-11-27', '2026-11-30', '2026-12-01'],
    ],
    [
      'daily includes the weekend',
      rules({ cadence: 'daily', allowWeekends: true }),
      '2026-11-27',
      '2026-11-29',
      ['2026-11-27', '2026-11-28', '2026-11-29'],
    ],
    [
      'skipped dates are left out',
      rules({ skippedDates: ['2026-12-07'] }),
      '2026-11-30',
      '2026-12-14',
      ['2026-11-30', '2026-12-14'],
    ],
    ['a paused schedule has none', rules({ paused: true }), '2026-11-30', '2026-12-14', []],
  ])('%s', (_name, schedule, from, to, expected) => {
    expect(cycleDatesInRange(schedule, from, to)).toEqual(expected);
  });

  it.each([
    ['Chatham: it is already Monday there', 'Pacific/Chatham', ['2026-11-30']],
    ['London: still Sunday there', 'Europe/London', []],
  ])('reads the range on the coalition’s calendar (%s)', (_name, zone, expected) => {
    const sundayNoonUtc = new Date('2026-11-29T12:00:00Z');
    expect(cycleDatesBetween(rules(), zone, new Date('2026-11-24T12:00:00Z'), sundayNoonUtc)).toEqual(expected);
  });

  it.each([
    ['next, strictly after a Monday', nextCycleDate(rules(), '2026-11-30'), '2026-12-07'],
    ['next, from the Sunday before', nextCycleDate(rules(), '2026-11-29'), '2026-11-30'],
    ['next, over a skipped date', nextCycleDate(rules({ skippedDates: ['2026-12-07'] }), '2026-11-30'), '2026-12-14'],
    ['next, while paused', nextCycleDate(rules({ paused: true }), '2026-11-30'), undefined],
    ['next, with no days at all', nextCycleDate(rules({ days: [] }), '2026-11-30'), undefined],
    ['on or before, the day itself', cycleDateOnOrBefore(rules(), '2026-11-30'), '2026-11-30'],
    ['on or before, mid-week', cycleDateOnOrBefore(rules(), '2026-12-03'), '2026-11-30'],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('weekly Monday 09:00 at each partner’s own time, across DST', () => {
  it.each([
    ['America/New_York', '2026-10-20', '2026-11-09', ['2026-10-26T13:00Z', '2026-11-02T14:00Z', '2026-11-09T14:00Z']],
    ['America/New_York', '2027-03-01', '2027-03-21', ['2027-03-01T14:00Z', '2027-03-08T14:00Z', '2027-03-15T13:00Z']],
    ['Europe/London', '2026-10-13', '2026-11-02', ['2026-10-19T08:00Z', '2026-10-26T09:00Z', '2026-11-02T09:00Z']],
    ['Europe/London', '2027-03-16', '2027-04-05', ['2027-03-22T09:00Z', '2027-03-29T08:00Z', '2027-04-05T08:00Z']],
    ['Pacific/Chatham', '2026-09-15', '2026-10-05', ['2026-09-20T20:15Z', '2026-09-27T19:15Z', '2026-10-04T19:15Z']],
    ['Pacific/Chatham', '2027-03-23', '2027-04-12', ['2027-03-28T19:15Z', '2027-04-04T20:15Z', '2027-04-11T20:15Z']],
    ['Asia/Kolkata', '2027-03-02', '2027-03-22', ['2027-03-08T03:30Z', '2027-03-15T03:30Z', '2027-03-22T03:30Z']],
  ])('%s from %s to %s', (zone, from, to, expected) => {
    const dates = cycleDatesInRange(rules(), from, to);
    const prompts = dates.map((date) => promptInstant(rules(), date, zone, 'Europe/London'));
    expect(prompts.map(utc)).toEqual(expected);
    const wallClock = prompts.map((at) => DateTime.fromJSDate(at, { zone }).toFormat('ccc HH:mm'));
    expect(wallClock).toEqual(expected.map(() => 'Mon 09:00'));
  });
});

describe('prompts deferred out of quiet hours and weekends', () => {
  const coalitionClock = (patch: Partial<Schedule> = {}) => rules({ clock: 'coalition', ...patch });
  it.each([
    [
      'London 09:00 is 14:30 in Kolkata: fine',
      coalitionClock(),
      '2026-11-30',
      'Europe/London',
      'Asia/Kolkata',
      'Mon 2026-11-30 14:30',
    ],
    [
      'London 09:00 is 22:45 in Chatham: 08:00 next day',
      coalitionClock(),
      '2026-11-30',
      'Europe/London',
      'Pacific/Chatham',
      'Tue 2026-12-01 08:00',
    ],
    [
      'London 09:00 is 04:00 in New York: 08:00 that day',
      coalitionClock(),
      '2026-11-30',
      'Europe/London',
      'America/New_York',
      'Mon 2026-11-30 08:00',
    ],
    [
      'London Fri 19:00 is Sat 00:30 in Kolkata: Monday 08:00',
      coalitionClock({ days: [5], sendTime: '19:00' }),
      '2026-11-27',
      'Europe/London',
      'Asia/Kolkata',
      'Mon 2026-11-30 08:00',
    ],
    [
      'London Fri 09:00 is Fri 22:45 in Chatham: Monday 08:00',
      coalitionClock({ days: [5] }),
      '2026-11-27',
      'Europe/London',
      'Pacific/Chatham',
      'Mon 2026-11-30 08:00',
    ],
    [
      'Honolulu Fri 19:00 is Sat 10:30 in Kolkata (weekend only): Monday 08:00',
      coalitionClock({ days: [5], sendTime: '19:00' }),
      '2026-11-27',
      'Pacific/Honolulu',
      'Asia/Kolkata',
      'Mon 2026-11-30 08:00',
    ],
    [
      '…the same with weekends allowed: Saturday 10:30',
      coalitionClock({ days: [5], sendTime: '19:00', allowWeekends: true }),
      '2026-11-27',
      'Pacific/Honolulu',
      'Asia/Kolkata',
      'Sat 2026-11-28 10:30',
    ],
    [
      'partner clock 02:30 on New York’s spring-forward day → 03:00 EDT',
      rules({ sendTime: '02:30', quietHours: { start: '01:00', end: '02:00' }, cadence: 'daily', allowWeekends: true }),
      '2027-03-14',
      'Europe/London',
      'America/New_York',
      'Sun 2027-03-14 03:00',
    ],
  ])('%s', (_name, schedule, date, coalitionTz, partnerTz, expected) => {
    expect(local(promptInstant(schedule, date, partnerTz, coalitionTz), partnerTz)).toBe(expected);
  });
});

describe('quiet hours', () => {
  const lunch = rules({ quietHours: { start: '12:00', end: '13:00' } });
  it.each([
    ['21:30 on a weekday: quiet', rules(), '2026-11-30T21:30:00Z', true],
    ['07:59 on a weekday: quiet', rules(), '2026-12-01T07:59:00Z', true],
    ['08:00 on a weekday: allowed', rules(), '2026-12-01T08:00:00Z', false],
    ['19:59 on a weekday: allowed', rules(), '2026-12-01T19:59:00Z', false],
    ['noon on a Saturday: quiet', rules(), '2026-11-28T12:00:00Z', true],
    ['noon on a Saturday, weekends allowed: allowed', rules({ allowWeekends: true }), '2026-11-28T12:00:00Z', false],
    ['12:30 with 12:00–13:00 quiet: quiet', lunch, '2026-12-01T12:30:00Z', true],
    ['23:00 with 12:00–13:00 quiet: allowed', lunch, '2026-12-01T23:00:00Z', false],
    [
      'any time when start equals end: allowed',
      rules({ quietHours: { start: '09:00', end: '09:00' } }),
      '2026-12-01T09:00:00Z',
      false,
    ],
  ])('%s in London', (_name, schedule, at, quiet) => {
    expect(isQuiet(new Date(at), 'Europe/London', schedule)).toBe(quiet);
  });

  const anyDay = { allowWeekends: true };
  it.each([
    ['allowed: unchanged', rules(), 'Europe/London', '2026-12-01T10:17:00Z', '2026-12-01T10:17Z'],
    ['after midnight: today’s end', rules(), 'Europe/London', '2026-12-01T03:00:00Z', '2026-12-01T08:00Z'],
    ['before midnight: tomorrow’s end', rules(), 'Europe/London', '2026-12-01T21:00:00Z', '2026-12-02T08:00Z'],
    [
      'non-wrapping 12:00–13:00',
      rules({ quietHours: { start: '12:00', end: '13:00' } }),
      'Europe/London',
      '2026-12-01T12:30:00Z',
      '2026-12-01T13:00Z',
    ],
    [
      'Saturday noon, 12:00–13:00 quiet: Monday 00:00',
      rules({ quietHours: { start: '12:00', end: '13:00' } }),
      'Europe/London',
      '2026-11-28T10:00:00Z',
      '2026-11-30T00:00Z',
    ],
    ['Friday night: Monday 08:00', rules(), 'Europe/London', '2026-11-27T22:00:00Z', '2026-11-30T08:00Z'],
    [
      'end in the New York gap: 03:00 EDT',
      rules({ ...anyDay, quietHours: { start: '23:00', end: '02:30' } }),
      'America/New_York',
      '2027-03-14T06:30:00Z',
      '2027-03-14T07:00Z',
    ],
    [
      'second 01:15 of fall-back, end 01:30: never backwards',
      rules({ ...anyDay, quietHours: { start: '00:00', end: '01:30' } }),
      'America/New_York',
      '2026-11-01T06:15:00Z',
      '2026-11-01T06:30Z',
    ],
  ])('%s', (_name, schedule, zone, at, expected) => {
    expect(utc(nextAllowedInstant(new Date(at), zone, schedule))).toBe(expected);
  });
});

describe('windows and reminders', () => {
  it.each([
    ['48 h in London', rules(), '2026-11-30T09:00:00Z', '2026-12-02T09:00Z'],
    [
      '48 real hours across New York’s fall-back (08:00 EST local)',
      rules(),
      '2026-10-30T13:00:00Z',
      '2026-11-01T13:00Z',
    ],
  ])('closes a window: %s', (_name, schedule, prompt, expected) => {
    expect(utc(windowCloseInstant(schedule, new Date(prompt)))).toBe(expected);
  });

  it('closes the cycle when the last partner’s window closes', () => {
    const closes = ['2026-12-02T09:00:00Z', '2026-12-02T14:00:00Z', '2026-12-01T18:15:00Z'].map((at) => new Date(at));
    expect(utc(cycleCloseInstant(closes) ?? new Date(0))).toBe('2026-12-02T14:00Z');
    expect(cycleCloseInstant([])).toBeUndefined();
  });

  it.each([
    ['one, halfway through 48 h', rules(), 'Europe/London', '2026-11-30T09:00:00Z', ['2026-12-01T09:00Z']],
    ['one, halfway, for Kolkata', rules(), 'Asia/Kolkata', '2026-11-30T03:30:00Z', ['2026-12-01T03:30Z']],
    [
      'two at a third and two thirds',
      rules({ reminders: 2, windowMinutes: 72 * 60 }),
      'Europe/London',
      '2026-11-30T09:00:00Z',
      ['2026-12-01T09:00Z', '2026-12-02T09:00Z'],
    ],
    [
      'three through four days',
      rules({ reminders: 3, windowMinutes: 96 * 60 }),
      'Europe/London',
      '2026-11-30T09:00:00Z',
      ['2026-12-01T09:00Z', '2026-12-02T09:00Z', '2026-12-03T09:00Z'],
    ],
    ['none', rules({ reminders: 0 }), 'Europe/London', '2026-11-30T09:00:00Z', []],
    [
      'halfway is 21:00, quiet: 08:00 next day',
      rules({ windowMinutes: 24 * 60 }),
      'Europe/London',
      '2026-11-30T09:00:00Z',
      ['2026-12-01T08:00Z'],
    ],
    [
      'quiet pushes it to exactly the close: dropped',
      rules({ windowMinutes: 23 * 60 }),
      'Europe/London',
      '2026-11-30T09:00:00Z',
      [],
    ],
    [
      'quiet pushes it a minute before the close: kept',
      rules({ windowMinutes: 23 * 60 + 1 }),
      'Europe/London',
      '2026-11-30T09:00:00Z',
      ['2026-12-01T08:00Z'],
    ],
    [
      'quiet pushes it past the close: dropped',
      rules({ windowMinutes: 6 * 60 }),
      'Europe/London',
      '2026-11-30T18:00:00Z',
      [],
    ],
    ['Saturday halfway, window ends Sunday: dropped', rules(), 'Europe/London', '2026-11-27T09:00:00Z', []],
    [
      'Sunday halfway, window ends Tuesday: Monday 08:00',
      rules({ windowMinutes: 96 * 60 }),
      'Europe/London',
      '2026-11-27T09:00:00Z',
      ['2026-11-30T08:00Z'],
    ],
    [
      'two pushed onto one day by quiet hours: one a day',
      rules({ reminders: 2, windowMinutes: 36 * 60 }),
      'Europe/London',
      '2026-11-30T09:00:00Z',
      ['2026-12-01T08:00Z'],
    ],
  ])('%s', (_name, schedule, zone, prompt, expected) => {
    const promptAt = new Date(prompt);
    expect(reminderInstants(schedule, promptAt, windowCloseInstant(schedule, promptAt), zone).map(utc)).toEqual(
      expected,
    );
  });
});

describe('validateSchedule', () => {
  it.each([
    ['the default', {}, []],
    [
      'daily with weekends, open until the next one',
      { cadence: 'daily', days: [1, 2, 3, 4, 5, 6, 7], allowWeekends: true, windowUntilNext: true },
      [],
    ],
    [
      'daily with an explicit 48-hour window',
      { cadence: 'daily', days: [1, 2, 3, 4, 5, 6, 7], allowWeekends: true, windowMinutes: 48 * 60 },
      [
        'a 48h window is longer than the 1 day between check-ins, so two would be open at once: leave `window` out (it then closes at the next check-in) or shorten it, e.g. `window 24h`',
      ],
    ],
    [
      'weekly Mon and Tue with a 48-hour window',
      { days: [1, 2] },
      [
        'a 48h window is longer than the 1 day between check-ins, so two would be open at once: leave `window` out (it then closes at the next check-in) or shorten it, e.g. `window 24h`',
      ],
    ],
    ['a send time in quiet hours', { sendTime: '21:00' }, ['21:00 is inside quiet hours (20:00–08:00)']],
    [
      'a coalition-clock send time in quiet hours',
      { clock: 'coalition', sendTime: '07:30' },
      ['07:30 is inside quiet hours (20:00–08:00)'],
    ],
    ['no days', { days: [] }, ['choose at least one day']],
    ['a day that is not a weekday', { days: [8] }, ['days must be Monday to Sunday']],
    ['a 59-minute window', { windowMinutes: 59 }, ['the window must be between 1 hour and 14 days']],
    ['a 15-day window', { windowMinutes: 15 * 24 * 60 }, ['the window must be between 1 hour and 14 days']],
    ['four reminders', { reminders: 4 }, ['reminders must be 0 to 3']],
    [
      'monthly with two days',
      { cadence: 'monthly', days: [1, 2], monthlyWeek: 1 },
      ['a monthly check-in needs one day, like first-mon'],
    ],
    [
      'monthly without a week',
      { cadence: 'monthly', days: [1], monthlyWeek: null },
      ['a monthly check-in needs one day, like first-mon'],
    ],
    [
      'Saturdays with weekends off',
      { days: [6] },
      ['the schedule includes Saturday or Sunday, so weekends must be allowed'],
    ],
    ['25:00', { sendTime: '25:00' }, ['the time must look like 09:00']],
    ['9:00 without the leading zero', { sendTime: '9:00' }, ['the time must look like 09:00']],
    [
      'unreadable quiet hours',
      { quietHours: { start: 'late', end: '08:00' } },
      ['quiet hours must look like 20:00-08:00'],
    ],
    [
      'a skipped date that does not exist',
      { skippedDates: ['2026-02-30'] },
      ['skipped dates must be real dates like 2026-12-25'],
    ],
    ['a bad anchor', { anchorDate: 'soon' }, ['the fortnightly anchor must be a real date like 2026-01-05']],
  ])('%s', (_name, patch, expected) => {
    expect(validateSchedule(rules(patch as Partial<Schedule>))).toEqual(expected);
  });
});
