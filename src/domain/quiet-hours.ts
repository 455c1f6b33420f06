import { DateTime } from 'luxon';
import { localInstant, minutesOfDay } from './local-time.js';
import type { Schedule } from './schedule.js';
import { addDays } from './schedule-dates.js';

/** What decides whether a partner may be messaged at a given moment. */
export type QuietRules = Pick<Schedule, 'quietHours' | 'allowWeekends'>;

const MINUTE_MS = 60_000;
const MINUTES_PER_DAY = 24 * 60;
// Weekend → Monday 00:00 → end of quiet hours is the longest chain (with a quiet Friday night in front): 4 steps.
const MAX_STEPS = 6;

/**
 * Is minute-of-day `minute` inside quiet hours? They run from `start` (inclusive) to `end` (exclusive) and may
 * wrap midnight (20:00–08:00) or not (12:00–13:00). Equal start and end, or unreadable times, mean no quiet hours.
 */
export function isQuietMinute(minute: number, quietHours: Schedule['quietHours']): boolean {
  const start = minutesOfDay(quietHours.start);
  const end = minutesOfDay(quietHours.end);
  if (start === undefined || end === undefined || start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

function isBlockedWeekend(local: DateTime, rules: QuietRules): boolean {
  return !rules.allowWeekends && local.weekday >= 6;
}

/** Inside the partner's quiet hours, or on their Saturday or Sunday when the schedule does not allow weekends. */
export function isQuiet(instant: Date, zone: string, rules: QuietRules): boolean {
  const local = DateTime.fromJSDate(instant, { zone });
  return isBlockedWeekend(local, rules) || isQuietMinute(local.hour * 60 + local.minute, rules.quietHours);
}

/**
 * The earliest instant at or after `instant` that is not quiet in `zone`: the instant itself when allowed, else
 * the end of quiet hours, or the start of Monday (then the end of quiet hours, if Monday begins quiet).
 */
export function nextAllowedInstant(instant: Date, zone: string, rules: QuietRules): Date {
  let candidate = instant;
  for (let step = 0; step < MAX_STEPS; step += 1) {
    const local = DateTime.fromJSDate(candidate, { zone });
    const date = local.toISODate() ?? '';
    const minute = local.hour * 60 + local.minute;
    if (isBlockedWeekend(local, rules)) {
      candidate = localInstant(addDays(date, 8 - local.weekday), '00:00', zone);
    } else if (isQuietMinute(minute, rules.quietHours)) {
      const end = minutesOfDay(rules.quietHours.end) ?? 0;
      const endsAt = localInstant(minute < end ? date : addDays(date, 1), rules.quietHours.end, zone);
      // In a fall-back day's repeated hour the end's wall time may resolve to its first (earlier) occurrence;
      // never go backwards: step forward by the wall-clock distance instead.
      const wallStep =
        ((end - minute + MINUTES_PER_DAY) % MINUTES_PER_DAY) * MINUTE_MS - (local.second * 1000 + local.millisecond);
      candidate = endsAt.getTime() > candidate.getTime() ? endsAt : new Date(candidate.getTime() + wallStep);
    } else {
      return candidate;
    }
  }
  return candidate;
}
