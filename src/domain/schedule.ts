import { DateTime } from 'luxon';
import {
  addDays,
  dayNumber,
  dayOfMonth,
  daysInMonth,
  isIsoDate,
  isoFromDayNumber,
  isoWeekday,
  mondayWeekIndex,
} from './schedule-dates.js';

export { localInstant } from './local-time.js';
export { isQuiet, isQuietMinute, nextAllowedInstant, type QuietRules } from './quiet-hours.js';
export { isIsoDate } from './schedule-dates.js';
export { cycleCloseInstant, promptInstant, reminderInstants, windowCloseInstant } from './schedule-instants.js';
export { validateSchedule } from './schedule-validation.js';

export type Cadence = 'daily' | 'weekdays' | 'weekly' | 'fortnightly' | 'monthly';
/** ISO weekday, 1 = Monday … 7 = Sunday (luxon's numbering). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** first … fourth, or -1 = the last one in the month. */
export type MonthlyWeek = 1 | 2 | 3 | 4 | -1;

export interface Schedule {
  cadence: Cadence;
  /** weekly/fortnightly: the chosen days (1+); daily: all 7; weekdays: 1–5; monthly: exactly one. */
  days: Weekday[];
  /** monthly only: which of that weekday in the month (first-mon, last-fri); null otherwise. */
  monthlyWeek: MonthlyWeek | null;
  /** 'HH:MM' on the clock chosen by `clock`. */
  sendTime: string;
  /** Whose local time `sendTime` is: each partner's own (default) or the coalition's timezone. */
  clock: 'partner' | 'coalition';
  /** How long each partner may answer after their own prompt. */
  windowMinutes: number;
  /**
   * The window was not given and the default would reach the next occurrence (daily, weekdays): each partner's
   * window then ends at their next prompt instead.
   */
  windowUntilNext?: boolean;
  /** Instead of a window length: close at this local time (coalition's clock) on this weekday after the cycle date. */
  closeAt?: { weekday: Weekday; time: string } | null;
  /** 0–3, spaced evenly through each partner's window. */
  reminders: number;
  /** Partner-local; nothing is sent inside them. May wrap midnight. */
  quietHours: { start: string; end: string };
  /** Off by default: nothing is sent on a partner's Saturday or Sunday. On when the schedule itself includes them. */
  allowWeekends: boolean;
  /** Cycle dates (coalition calendar) with no check-in, such as holidays. */
  skippedDates: string[];
  /** Fortnightly parity: weeks an even number of ISO weeks from this date's week are "on". */
  anchorDate: string;
  paused: boolean;
}

export const DEFAULT_SCHEDULE: Schedule = {
  cadence: 'weekly',
  days: [1],
  monthlyWeek: null,
  sendTime: '09:00',
  clock: 'partner',
  windowMinutes: 48 * 60,
  closeAt: null,
  reminders: 1,
  quietHours: { start: '20:00', end: '08:00' },
  allowWeekends: false,
  skippedDates: [],
  anchorDate: '2026-01-05',
  paused: false,
};

// Far enough to step over a long run of skipped dates (even two years of monthly ones), yet always finite.
const SEARCH_DAYS = 2 * 366;

function isMonthlyOccurrence(schedule: Schedule, date: string): boolean {
  const day = dayOfMonth(date);
  if (schedule.monthlyWeek === -1) return day + 7 > daysInMonth(date);
  return schedule.monthlyWeek !== null && Math.ceil(day / 7) === schedule.monthlyWeek;
}

/**
 * Is `date` (a day on the coalition's calendar) a cycle date: one occurrence of the schedule? Skipped dates are
 * not, and a paused schedule has none. Each partner is then prompted for it at their own instant.
 */
export function isCycleDate(schedule: Schedule, date: string): boolean {
  if (schedule.paused || !isIsoDate(date) || schedule.skippedDates.includes(date)) return false;
  const weekday = isoWeekday(date) as Weekday;
  switch (schedule.cadence) {
    case 'daily':
      return true;
    case 'weekdays':
      return weekday <= 5;
    case 'weekly':
      return schedule.days.includes(weekday);
    case 'fortnightly':
      return (
        schedule.days.includes(weekday) && (mondayWeekIndex(date) - mondayWeekIndex(schedule.anchorDate)) % 2 === 0
      );
    case 'monthly':
      return weekday === schedule.days[0] && isMonthlyOccurrence(schedule, date);
  }
}

/** The first cycle date strictly after `afterDate`; undefined when paused or none comes within two years. */
export function nextCycleDate(schedule: Schedule, afterDate: string): string | undefined {
  const start = dayNumber(afterDate);
  if (schedule.paused || Number.isNaN(start)) return undefined;
  for (let day = start + 1; day <= start + SEARCH_DAYS; day += 1) {
    const date = isoFromDayNumber(day);
    if (isCycleDate(schedule, date)) return date;
  }
  return undefined;
}

/** The latest cycle date on or before `date` (the cycle that "today" belongs to); undefined as for nextCycleDate. */
export function cycleDateOnOrBefore(schedule: Schedule, date: string): string | undefined {
  const start = dayNumber(date);
  if (schedule.paused || Number.isNaN(start)) return undefined;
  for (let day = start; day >= start - SEARCH_DAYS; day -= 1) {
    const candidate = isoFromDayNumber(day);
    if (isCycleDate(schedule, candidate)) return candidate;
  }
  return undefined;
}

/** Cycle dates from `fromDate` to `toDate` inclusive, both calendar dates, in order; none while paused. */
export function cycleDatesInRange(schedule: Schedule, fromDate: string, toDate: string): string[] {
  const dates: string[] = [];
  if (!isIsoDate(fromDate) || !isIsoDate(toDate)) return dates;
  for (let date = fromDate; date <= toDate; date = addDays(date, 1)) {
    if (isCycleDate(schedule, date)) dates.push(date);
  }
  return dates;
}

/**
 * The cycle dates whose calendar day, in the coalition's timezone, lies between the day `from` falls on and the
 * day `to` falls on there (both inclusive). A cycle is identified by this date alone; when each partner is
 * actually prompted for it is `promptInstant`'s business, and may fall outside [from, to].
 */
export function cycleDatesBetween(schedule: Schedule, coalitionTz: string, from: Date, to: Date): string[] {
  const first = DateTime.fromJSDate(from, { zone: coalitionTz }).toISODate();
  const last = DateTime.fromJSDate(to, { zone: coalitionTz }).toISODate();
  return first && last ? cycleDatesInRange(schedule, first, last) : [];
}
