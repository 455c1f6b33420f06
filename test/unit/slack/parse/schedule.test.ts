import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../src/domain/errors.js';
import { parseScheduleText, parseTime } from '../../../../src/slack/parse/schedule.js';

describe('parseScheduleText: actions', () => {
  it.each([
    ['', { action: 'modal' }],
    ['   ', { action: 'modal' }],
    ['show', { action: 'show' }],
    ['Pause', { action: 'pause' }],
    ['resume', { action: 'resume' }],
  ])('reads %j', (text, expected) => {
    expect(parseScheduleText(text)).toEqual(expected);
  });
});

describe('parseScheduleText: schedules', () => {
  const weekly = { cadence: 'weekly', monthlyWeek: null, allowWeekends: false };
  it.each([
    ['weekly mon 09:00', { ...weekly, days: [1], sendTime: '09:00' }],
    [
      'fortnightly tue,thu 14:30 window 48h',
      { cadence: 'fortnightly', days: [2, 4], sendTime: '14:30', windowMinutes: 2880, closeAt: null },
    ],
    ['monthly first-mon 10:00', { cadence: 'monthly', days: [1], monthlyWeek: 1, sendTime: '10:00' }],
    ['monthly last-fri 4pm', { cadence: 'monthly', days: [5], monthlyWeek: -1, sendTime: '16:00' }],
    ['monthly third Wednesday 10:00', { cadence: 'monthly', days: [3], monthlyWeek: 3 }],
    ['monthly 2nd-tue 10:00', { cadence: 'monthly', days: [2], monthlyWeek: 2 }],
    ['monthly last-sun 10:00', { cadence: 'monthly', days: [7], monthlyWeek: -1, allowWeekends: true }],
    ['weekdays 09:00', { cadence: 'weekdays', days: [1, 2, 3, 4, 5], sendTime: '09:00', allowWeekends: false }],
    ['daily 09:00', { cadence: 'daily', days: [1, 2, 3, 4, 5, 6, 7], sendTime: '09:00', allowWeekends: true }],
    ['weekly Monday 9am', { ...weekly, days: [1], sendTime: '09:00' }],
    ['WEEKLY MON 2:30pm', { ...weekly, days: [1], sendTime: '14:30' }],
    ['weekly tues 14.30', { ...weekly, days: [2], sendTime: '14:30' }],
    ['weekly thursday at 9 am', { ...weekly, days: [4], sendTime: '09:00' }],
    ['weekly wed, fri 12pm', { ...weekly, days: [3, 5], sendTime: '12:00' }],
    ['weekly fri,mon,fri 09:00', { ...weekly, days: [1, 5] }],
    ['weekly mon and thurs 09:00', { ...weekly, days: [1, 4] }],
    ['weekly sat 10:15', { days: [6], sendTime: '10:15', allowWeekends: true }],
    ['weekly mon,sun 10:15', { days: [1, 7], allowWeekends: true }],
    ['weekly 09:00 mon', { days: [1], sendTime: '09:00' }],
    ['weekly mon 09:00 window 2d', { windowMinutes: 2880, closeAt: null }],
    ['weekly mon 09:00 window 36h', { windowMinutes: 2160 }],
    ['weekly mon 09:00 window 36 hours', { windowMinutes: 2160 }],
    ['weekly mon 09:00 window:1w', { windowMinutes: 10080 }],
    ['weekly mon 09:00 close wed 17:00', { closeAt: { weekday: 3, time: '17:00' } }],
    ['weekly mon 09:00 clock:coalition', { clock: 'coalition' }],
    ['weekly mon 09:00 clock:Partner', { clock: 'partner' }],
    ['weekly mon 09:00 reminders:0', { reminders: 0 }],
    ['weekly mon 09:00 reminders:3', { reminders: 3 }],
    ['weekly mon 09:00 skip:2026-12-25,2026-12-26', { skippedDates: ['2026-12-25', '2026-12-26'] }],
    ['weekly mon 09:00 weekends:yes', { allowWeekends: true }],
    ['daily 09:00 weekends:no', { allowWeekends: false }],
    ['weekly mon 09:00 quiet:21:00-07:00', { quietHours: { start: '21:00', end: '07:00' } }],
    ['weekly mon 09:00 quiet:9pm-7am', { quietHours: { start: '21:00', end: '07:00' } }],
  ])('reads %j', (text, changes) => {
    expect(parseScheduleText(text)).toMatchObject({ action: 'set', changes });
  });

  it('sets only what was said: options left out keep their stored values', () => {
    const intent = parseScheduleText('weekly mon 09:00');
    expect(intent.action === 'set' && Object.keys(intent.changes).sort()).toEqual([
      'allowWeekends',
      'cadence',
      'days',
      'monthlyWeek',
      'sendTime',
    ]);
  });
});

function failure(text: string): DomainError {
  try {
    parseScheduleText(text);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be refused`);
}

describe('parseScheduleText: what it refuses, and how it explains', () => {
  it.each([
    ['hourly 09:00', /don’t know the schedule `hourly`/, 'weekly mon 09:00'],
    ['mon 09:00', /Start with how often/, 'weekly mon 09:00'],
    ['09:00 weekly', /Start with how often/, 'weekly mon 09:00'],
    ['weekly mon', /Please give a time, like 09:00/, 'weekly mon 09:00'],
    ['weekly mon 25:00', /`25:00` isn’t one/, 'weekly mon 09:00'],
    ['weekly mon 13pm', /`13pm` isn’t one/, 'weekly mon 09:00'],
    ['weekly mon 9', /`9` isn’t one/, 'weekly mon 09:00'],
    ['weekly mon 09:00 10:00', /just one time/, 'weekly mon 09:00'],
    ['weekly 09:00', /A weekly check-in needs a day/, 'weekly mon 09:00'],
    ['fortnightly 14:30', /A fortnightly check-in needs a day/, 'fortnightly tue,thu 14:30 window 48h'],
    ['weekly funday 09:00', /couldn’t read the day `funday`: use mon, tue/, 'weekly mon 09:00'],
    ['weekly constructor 09:00', /couldn’t read the day `constructor`/, 'weekly mon 09:00'],
    ['daily mon 09:00', /needs no day names, so leave out `mon`/, 'daily 09:00'],
    ['monthly fifth-mon 09:00', /fifth/, 'monthly last-fri 10:00'],
    ['monthly mon 09:00', /needs a day like `first-mon`/, 'monthly first-mon 10:00'],
    ['monthly 09:00', /A monthly check-in needs a day/, 'monthly first-mon 10:00'],
    ['weekly mon 09:00 window 0h', /between 1 hour and 14 days/, 'fortnightly tue,thu 14:30 window 48h'],
    ['weekly mon 09:00 window 15d', /between 1 hour and 14 days/, 'fortnightly tue,thu 14:30 window 48h'],
    ['weekly mon 09:00 window soon', /between 1 hour and 14 days/, 'fortnightly tue,thu 14:30 window 48h'],
    ['weekly mon 09:00 window', /`window` takes a length/, 'fortnightly tue,thu 14:30 window 48h'],
    ['weekly mon 09:00 close wed', /`close` takes a day and a time/, 'weekly mon 09:00 close wed 17:00'],
    ['weekly mon 09:00 window 48h close wed 17:00', /either `window` or `close`/, 'weekly mon 09:00'],
    ['weekly mon 09:00 clock:martian', /`clock:` takes `partner`/, 'weekly mon 09:00 clock:coalition'],
    ['weekly mon 09:00 reminders:4', /from 0 to 3/, 'weekly mon 09:00 reminders:2'],
    ['weekly mon 09:00 reminders:-1', /from 0 to 3/, 'weekly mon 09:00 reminders:2'],
    ['weekly mon 09:00 skip:christmas', /`skip:` takes real dates/, 'weekly mon 09:00 skip:2026-12-28'],
    ['weekly mon 09:00 skip:2026-02-30', /`skip:` takes real dates/, 'weekly mon 09:00 skip:2026-12-28'],
    ['weekly mon 09:00 weekends:maybe', /`weekends:` takes `yes` or `no`/, 'weekly mon 09:00 weekends:yes'],
    ['weekly mon 09:00 quiet:late', /`quiet:` takes a range/, 'weekly mon 09:00 quiet:21:00-07:00'],
    ['weekly mon 09:00 quiet:21:00-25:00', /`quiet:` takes a range/, 'weekly mon 09:00 quiet:21:00-07:00'],
    ['weekly mon 09:00 colour:blue', /don’t know the option `colour:`/, 'weekly mon 09:00'],
    ['weekly mon 09:00 <@U123ABC>', /no @mentions or #channels/, 'weekly mon 09:00'],
    ['pause now', /`pause` takes nothing after it/, 'weekly mon 09:00'],
  ])('refuses %j', (text, message, example) => {
    const error = failure(text);
    expect(error.code).toBe('usage');
    expect(error.message).toMatch(message);
    expect(error.hint).toContain(`Example: \`/coalition schedule ${example}\``);
    expect(error.hint).toMatch(/^Usage: `\/coalition schedule daily\|weekdays\|weekly/);
  });

  it.each([
    ['an unknown schedule', `${'x'.repeat(60)} 09:00`],
    ['an unreadable day', `weekly ${'y'.repeat(60)} 09:00`],
    ['an unreadable time', `weekly mon 1${'2'.repeat(60)}`],
    ['an unknown option', `weekly mon 09:00 ${'k'.repeat(60)}:v`],
  ])('never echoes more than 40 characters of %s', (_name, text) => {
    const { message } = failure(text);
    const echoed = /`([^`]*)`/.exec(message)?.[1] ?? '';
    expect(echoed.length).toBeGreaterThan(0);
    expect(echoed.length).toBeLessThanOrEqual(40);
  });

  it('strips Slack formatting from what it echoes', () => {
    expect(failure('we*ek`ly_ 09:00').message).toContain('`weekly`');
  });
});

describe('parseTime', () => {
  it.each([
    ['09:00', '09:00'],
    ['9:05', '09:05'],
    ['12am', '00:00'],
    ['12pm', '12:00'],
    ['2:30pm', '14:30'],
    ['2:30 PM', '14:30'],
    ['14.30', '14:30'],
    ['23:59', '23:59'],
    ['9', undefined],
    ['0am', undefined],
    ['13pm', undefined],
    ['24:00', undefined],
    ['09:60', undefined],
  ])('reads %j as %s', (text, expected) => {
    expect(parseTime(text)).toBe(expected);
  });
});
