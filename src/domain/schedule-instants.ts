import { DateTime } from 'luxon';
import { localInstant } from './local-time.js';
import { nextAllowedInstant } from './quiet-hours.js';
import type { Schedule } from './schedule.js';
import { addDays, isoWeekday } from './schedule-dates.js';

const MINUTE_MS = 60_000;

/**
 * When one partner is prompted for the cycle dated `cycleDate` (a date on the coalition's calendar): `sendTime`
 * on that date in the partner's zone (partner clock) or the coalition's (coalition clock), then moved out of the
 * partner's quiet hours and weekend to the next allowed instant. DST gaps and overlaps follow `localInstant`.
 */
export function promptInstant(schedule: Schedule, cycleDate: string, partnerTz: string, coalitionTz: string): Date {
  const zone = schedule.clock === 'partner' ? partnerTz : coalitionTz;
  return nextAllowedInstant(localInstant(cycleDate, schedule.sendTime, zone), partnerTz, schedule);
}

/**
 * When a partner's window closes: `windowMinutes` after their prompt, or, when the schedule sets `closeAt` and the
 * cycle is given, that weekday and time on the coalition's clock on or after the cycle date (a week later if that
 * would not be after the prompt).
 */
export function windowCloseInstant(
  schedule: Schedule,
  promptAt: Date,
  cycle?: { date: string; coalitionTz: string },
): Date {
  if (!schedule.closeAt || !cycle) return new Date(promptAt.getTime() + schedule.windowMinutes * MINUTE_MS);
  const ahead = (schedule.closeAt.weekday - isoWeekday(cycle.date) + 7) % 7;
  const closeDate = addDays(cycle.date, ahead);
  const close = localInstant(closeDate, schedule.closeAt.time, cycle.coalitionTz);
  return close.getTime() > promptAt.getTime()
    ? close
    : localInstant(addDays(closeDate, 7), schedule.closeAt.time, cycle.coalitionTz);
}

// A reminder never follows its prompt sooner than this (product rule: reminders keep their distance).
export const REMINDER_MIN_GAP_MS = 2 * 60 * MINUTE_MS;

/**
 * Reminders spaced evenly between the moment the prompt was actually sent (`promptAt`) and the close
 * (1 → halfway; 2 → a third and two thirds), never sooner than two hours after the prompt, each moved out of
 * quiet hours and weekends, kept only if strictly before the close. At most one reminder per partner-local day
 * (product rule: one reminder DM a day), which also removes duplicates that quiet hours push together.
 */
export function reminderInstants(schedule: Schedule, promptAt: Date, closeAt: Date, partnerTz: string): Date[] {
  const span = closeAt.getTime() - promptAt.getTime();
  if (span <= 0) return [];
  const instants: Date[] = [];
  const days = new Set<string>();
  for (let index = 1; index <= schedule.reminders; index += 1) {
    const spaced = promptAt.getTime() + Math.round((span * index) / (schedule.reminders + 1));
    const ideal = new Date(Math.max(spaced, promptAt.getTime() + REMINDER_MIN_GAP_MS));
    const allowed = nextAllowedInstant(ideal, partnerTz, schedule);
    const day = DateTime.fromJSDate(allowed, { zone: partnerTz }).toISODate() ?? '';
    if (allowed.getTime() >= closeAt.getTime() || days.has(day)) continue;
    days.add(day);
    instants.push(allowed);
  }
  return instants;
}

/** A cycle closes when the last partner's window closes; undefined when there is nobody to wait for. */
export function cycleCloseInstant(windowCloses: readonly Date[]): Date | undefined {
  if (windowCloses.length === 0) return undefined;
  return new Date(Math.max(...windowCloses.map((close) => close.getTime())));
}
