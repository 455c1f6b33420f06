import { DateTime } from 'luxon';
import { localInstant, minutesOfDay } from './local-time.js';

export type Cadence = 'daily' | 'weekdays' | 'weekly' | 'fortnightly' | 'monthly';
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export type MonthlyWeek = 1 | 2 | 3 | 4 | -1;

export interface Schedule {
  cadence: Cadence;
  /** weekly/fortnightly: the chosen days; monthly: exactly one; daily and weekdays ignore it. */
  days: Weekday[];
  monthlyWeek: MonthlyWeek | null;
  sendTime: string;
  clock: 'partner' | 'coalition';
  windowMinutes: number;
  /** Instead of a window length: close at this local time (coalition's clock) on this weekday after the cycle date. */
  closeAt?: { weekday: Weekday; time: string } | null;
  reminders: number;
  quietHours: { start: string; end: string };
  allowWeekends: boolean;
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

const MAX_SEARCH_DAYS = 400;

function weekIndex(isoDate: string): number {
  return Math.floor(DateTime.fromISO(isoDate, { zone: 'UTC' }).startOf('week').toMillis() / (7 * 86_400_000));
}

/** Is this calendar date one of the schedule's occurrences? (Skipped dates are not.) */
export function isCycleDate(schedule: Schedule, isoDate: string): boolean {
  if (schedule.skippedDates.includes(isoDate)) return false;
  const date = DateTime.fromISO(isoDate, { zone: 'UTC' });
  const weekday = date.weekday as Weekday;
  switch (schedule.cadence) {
    case 'daily':
      return true;
    case 'weekdays':
      return weekday <= 5;
    case 'weekly':
      return schedule.days.includes(weekday);
    case 'fortnightly':
      return schedule.days.includes(weekday) && Math.abs(weekIndex(isoDate) - weekIndex(schedule.anchorDate)) % 2 === 0;
    case 'monthly': {
      if (weekday !== schedule.days[0]) return false;
      if (schedule.monthlyWeek === -1) return date.day + 7 > (date.daysInMonth ?? 31);
      return Math.ceil(date.day / 7) === schedule.monthlyWeek;
    }
  }
}

/** The first occurrence strictly after `afterDate`, or undefined if none within a year (e.g. all skipped). */
export function nextCycleDate(schedule: Schedule, afterDate: string): string | undefined {
  let date = DateTime.fromISO(afterDate, { zone: 'UTC' });
  for (let step = 0; step < MAX_SEARCH_DAYS; step += 1) {
    date = date.plus({ days: 1 });
    const iso = date.toISODate() ?? '';
    if (isCycleDate(schedule, iso)) return iso;
  }
  return undefined;
}

/** Occurrence dates from `fromDate` to `toDate` inclusive; none while paused. */
export function cycleDatesBetween(schedule: Schedule, fromDate: string, toDate: string): string[] {
  if (schedule.paused) return [];
  const dates: string[] = [];
  for (
    let date = nextCycleDate(schedule, DateTime.fromISO(fromDate).minus({ days: 1 }).toISODate() ?? fromDate);
    date && date <= toDate;
    date = nextCycleDate(schedule, date)
  ) {
    dates.push(date);
  }
  return dates;
}

function localMinutes(local: DateTime): number {
  return local.hour * 60 + local.minute;
}

/** Inside quiet hours (which may wrap midnight), or on a weekend when the schedule does not allow them. */
export function isQuiet(instant: Date, zone: string, schedule: Schedule): boolean {
  const local = DateTime.fromJSDate(instant, { zone });
  if (!schedule.allowWeekends && local.weekday >= 6) return true;
  const start = minutesOfDay(schedule.quietHours.start) ?? 0;
  const end = minutesOfDay(schedule.quietHours.end) ?? 0;
  const now = localMinutes(local);
  if (start === end) return false;
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/** The instant itself if it is allowed, else the next end of quiet hours on an allowed day. */
export function nextAllowedInstant(instant: Date, zone: string, schedule: Schedule): Date {
  let candidate = instant;
  for (let step = 0; step < 10 && isQuiet(candidate, zone, schedule); step += 1) {
    const local = DateTime.fromJSDate(candidate, { zone });
    const end = minutesOfDay(schedule.quietHours.end) ?? 0;
    const endsToday = localMinutes(local) < end;
    const day = endsToday ? local : local.plus({ days: 1 });
    candidate = localInstant(day.toISODate() ?? '', schedule.quietHours.end, zone);
  }
  return candidate;
}

/** When this partner is prompted for the cycle dated `cycleDate`: their own clock or the coalition's, never in quiet hours. */
export function promptInstant(schedule: Schedule, cycleDate: string, partnerTz: string, coalitionTz: string): Date {
  const zone = schedule.clock === 'partner' ? partnerTz : coalitionTz;
  return nextAllowedInstant(localInstant(cycleDate, schedule.sendTime, zone), partnerTz, schedule);
}

/** When a partner's window closes: a fixed length after their prompt, or the coalition's set closing time. */
export function windowCloseInstant(
  schedule: Schedule,
  promptAt: Date,
  cycle?: { date: string; coalitionTz: string },
): Date {
  if (!schedule.closeAt || !cycle) return new Date(promptAt.getTime() + schedule.windowMinutes * 60_000);
  let date = DateTime.fromISO(cycle.date, { zone: 'UTC' });
  while (date.weekday !== schedule.closeAt.weekday) date = date.plus({ days: 1 });
  const close = localInstant(date.toISODate() ?? cycle.date, schedule.closeAt.time, cycle.coalitionTz);
  return close.getTime() > promptAt.getTime()
    ? close
    : localInstant(date.plus({ days: 7 }).toISODate() ?? cycle.date, schedule.closeAt.time, cycle.coalitionTz);
}

// Reminders that quiet hours push together would arrive as a burst; one is enough.
const MIN_REMINDER_GAP_MS = 4 * 60 * 60_000;

/** Reminders spaced evenly through the window, moved out of quiet hours, and only while the window is open. */
export function reminderInstants(schedule: Schedule, promptAt: Date, closeAt: Date, partnerTz: string): Date[] {
  const span = closeAt.getTime() - promptAt.getTime();
  const instants: Date[] = [];
  let previous = promptAt.getTime();
  for (let index = 1; index <= schedule.reminders; index += 1) {
    const ideal = new Date(promptAt.getTime() + (span * index) / (schedule.reminders + 1));
    const allowed = nextAllowedInstant(ideal, partnerTz, schedule);
    if (allowed.getTime() >= closeAt.getTime() || allowed.getTime() - previous < MIN_REMINDER_GAP_MS) continue;
    instants.push(allowed);
    previous = allowed.getTime();
  }
  return instants;
}

/** Problems that would make the schedule unworkable, in plain words; empty when it is fine. */
export function validateSchedule(schedule: Schedule): string[] {
  const problems: string[] = [];
  const send = minutesOfDay(schedule.sendTime);
  if (send === undefined) problems.push('the time must look like 09:00');
  if (minutesOfDay(schedule.quietHours.start) === undefined || minutesOfDay(schedule.quietHours.end) === undefined)
    problems.push('quiet hours must look like 20:00-08:00');
  if ((schedule.cadence === 'weekly' || schedule.cadence === 'fortnightly') && schedule.days.length === 0)
    problems.push('choose at least one day');
  if (schedule.cadence === 'monthly' && (schedule.days.length !== 1 || schedule.monthlyWeek === null))
    problems.push('a monthly check-in needs one day, like first-mon');
  if (schedule.windowMinutes < 60 || schedule.windowMinutes > 14 * 24 * 60)
    problems.push('the window must be between 1 hour and 14 days');
  if (schedule.closeAt && minutesOfDay(schedule.closeAt.time) === undefined)
    problems.push('the closing time must look like 17:00');
  if (!Number.isInteger(schedule.reminders) || schedule.reminders < 0 || schedule.reminders > 3)
    problems.push('reminders must be 0 to 3');
  if (send !== undefined && problems.length === 0 && schedule.clock === 'partner') {
    const probe = localInstant('2026-01-07', schedule.sendTime, 'UTC');
    if (isQuiet(probe, 'UTC', { ...schedule, allowWeekends: true }))
      problems.push(
        `${schedule.sendTime} is inside quiet hours (${schedule.quietHours.start}–${schedule.quietHours.end})`,
      );
  }
  return problems;
}
