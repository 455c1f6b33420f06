import { describe, expect, it } from 'vitest';
import { parseDueDate } from '../../../src/domain/due-dates.js';

// Tuesday 24 November 2026, 10:00 in London.
const NOW = new Date('2026-11-24T10:00:00Z');

describe('parseDueDate', () => {
  it.each([
    ['an ISO date', '2026-12-05', '2026-12-05'],
    ['a day and month', '5 Dec', '2026-12-05'],
    ['a month and day', 'December 5', '2026-12-05'],
    ['a UK numeric date (day first)', '05/12', '2026-12-05'],
    ['"next friday": the Friday of next week', 'next friday', '2026-12-04'],
    ['a bare weekday: the coming one', 'friday', '2026-11-27'],
    ['a relative span', 'in 2 weeks', '2026-12-08'],
    ['tomorrow', 'tomorrow', '2026-11-25'],
    ['today is allowed', 'today', '2026-11-24'],
    ['a day-month already past this year rolls to next year', '1 Nov', '2027-11-01'],
    ['extra spaces', '  5   Dec  ', '2026-12-05'],
  ])('reads %s', (_name, text, expected) => {
    expect(parseDueDate(text, NOW, 'Europe/London')).toEqual({ ok: true, date: expected });
  });

  it.each([
    ['an explicit past date', '2026-11-01', 'past'],
    ['a past date with a year', '12/05/2026', 'past'],
    ['words that are not a date', 'soon', 'unclear'],
    ['nonsense', 'banana', 'unclear'],
    ['an impossible ISO date', '2026-02-30', 'unclear'],
    ['an impossible day', '31 Feb', 'unclear'],
    ['empty text', '   ', 'unclear'],
    ['a date years away', 'Dec 5 2030', 'too_far'],
    ['a date buried in other words', 'when the new term starts after 5 Dec maybe', 'unclear'],
  ])('refuses %s', (_name, text, reason) => {
    expect(parseDueDate(text, NOW, 'Europe/London')).toEqual({ ok: false, reason });
  });

  it.each([
    [
      'just before midnight UTC is already tomorrow in Kolkata',
      new Date('2026-11-24T23:30:00Z'),
      'Asia/Kolkata',
      'today',
      '2026-11-25',
    ],
    [
      'just after midnight UTC is still yesterday in New York',
      new Date('2026-11-25T02:00:00Z'),
      'America/New_York',
      'today',
      '2026-11-24',
    ],
    [
      'on London’s fall-back day, tomorrow is the next calendar day',
      new Date('2026-10-25T00:30:00Z'),
      'Europe/London',
      'tomorrow',
      '2026-10-26',
    ],
    [
      'on New York’s spring-forward day, in 1 day is the next calendar day',
      new Date('2027-03-14T07:30:00Z'),
      'America/New_York',
      'in 1 day',
      '2027-03-15',
    ],
    [
      'on Chatham’s DST day, today is the local date',
      new Date('2026-09-26T14:30:00Z'),
      'Pacific/Chatham',
      'today',
      '2026-09-27',
    ],
  ])('reads dates in the coalition’s timezone: %s', (_name, now, zone, text, expected) => {
    expect(parseDueDate(text, now, zone)).toEqual({ ok: true, date: expected });
  });
});
