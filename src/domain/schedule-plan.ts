import { DateTime } from 'luxon';
import { nextCycleDate, type Schedule } from './schedule.js';
import { addDays } from './schedule-dates.js';
import { promptInstant, windowCloseInstant } from './schedule-instants.js';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
// A prompt can land up to a day either side of its coalition date (time zones) and a weekend later (quiet
// rules), so the search starts this far before `from`.
const LOOK_BACK_DAYS = 4;
// Enough occurrences to step past any run of skipped dates within the two years nextCycleDate searches.
const MAX_OCCURRENCES = 800;
// "Until the next check-in" never keeps a window open longer than the longest explicit one.
const MAX_WINDOW_MS = 14 * DAY_MS;

export interface PersonClock {
  partnerTz: string;
  coalitionTz: string;
}

/** One person's part in one occurrence: when they are prompted and when their window closes. */
export interface PersonalOccurrence {
  cycleDate: string;
  promptAt: Date;
  closeAt: Date;
}

/**
 * When this person's window for `cycleDate` closes: the schedule's window (or closing time), but never after
 * their next prompt, so one person never has two check-ins open. With `windowUntilNext` it is that next prompt.
 */
export function personalCloseInstant(schedule: Schedule, cycleDate: string, promptAt: Date, clock: PersonClock): Date {
  const next = nextCycleDate(schedule, cycleDate);
  const nextPrompt = next && promptInstant(schedule, next, clock.partnerTz, clock.coalitionTz).getTime();
  const window = schedule.windowUntilNext
    ? promptAt.getTime() + MAX_WINDOW_MS
    : windowCloseInstant(schedule, promptAt, { date: cycleDate, coalitionTz: clock.coalitionTz }).getTime();
  return new Date(nextPrompt && nextPrompt < window ? Math.max(nextPrompt, promptAt.getTime()) : window);
}

/**
 * The first occurrence that is this person's: its date is after `lastCycleDate` (nobody is prompted twice for
 * one period) and their prompt instant is at or after `from` (an occurrence whose local time had passed when
 * the schedule was set or changed, or when they joined, is not theirs). Undefined when paused or none comes.
 */
export function nextPersonalOccurrence(
  schedule: Schedule,
  clock: PersonClock,
  from: Date,
  lastCycleDate: string | null,
): PersonalOccurrence | undefined {
  if (schedule.paused) return undefined;
  const fromDate = DateTime.fromJSDate(from, { zone: clock.coalitionTz }).toISODate() ?? '';
  const start = addDays(fromDate, -LOOK_BACK_DAYS);
  let date = nextCycleDate(schedule, lastCycleDate && lastCycleDate > start ? lastCycleDate : start);
  for (let examined = 0; date && examined < MAX_OCCURRENCES; examined += 1) {
    const promptAt = promptInstant(schedule, date, clock.partnerTz, clock.coalitionTz);
    if (promptAt.getTime() >= from.getTime())
      return { cycleDate: date, promptAt, closeAt: personalCloseInstant(schedule, date, promptAt, clock) };
    date = nextCycleDate(schedule, date);
  }
  return undefined;
}

/** The fewest days between two occurrences: a window longer than this would leave two check-ins open at once. */
export function shortestPeriodDays(schedule: Pick<Schedule, 'cadence' | 'days'>): number {
  if (schedule.cadence === 'daily' || schedule.cadence === 'weekdays') return 1;
  if (schedule.cadence === 'monthly') return 28;
  const span = schedule.cadence === 'weekly' ? 7 : 14;
  const days = [...new Set(schedule.days)].sort((a, b) => a - b);
  const first = days[0];
  if (first === undefined) return span;
  const gaps = days.slice(1).map((day, index) => day - (days[index] ?? day));
  return Math.min(span - ((days.at(-1) ?? first) - first), ...gaps);
}
