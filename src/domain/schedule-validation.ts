import { minutesOfDay } from './local-time.js';
import { isQuietMinute } from './quiet-hours.js';
import type { Schedule } from './schedule.js';
import { isIsoDate } from './schedule-dates.js';
import { shortestPeriodDays } from './schedule-plan.js';

const MIN_WINDOW_MINUTES = 60;
const MAX_WINDOW_MINUTES = 14 * 24 * 60;
const WEEKDAYS = new Set([1, 2, 3, 4, 5, 6, 7]);
const MONTHLY_WEEKS = new Set([1, 2, 3, 4, -1]);

function dayProblems(schedule: Schedule): string[] {
  if (!schedule.days.every((day) => WEEKDAYS.has(day))) return ['days must be Monday to Sunday'];
  if (schedule.cadence === 'monthly') {
    const one = schedule.days.length === 1 && schedule.monthlyWeek !== null && MONTHLY_WEEKS.has(schedule.monthlyWeek);
    return one ? [] : ['a monthly check-in needs one day, like first-mon'];
  }
  if ((schedule.cadence === 'weekly' || schedule.cadence === 'fortnightly') && schedule.days.length === 0)
    return ['choose at least one day'];
  return [];
}

/** A schedule with Saturday or Sunday in it but weekends off would move every weekend check-in to Monday. */
function weekendProblems(schedule: Schedule): string[] {
  if (schedule.allowWeekends) return [];
  const includesWeekend =
    schedule.cadence === 'daily' ||
    (schedule.cadence !== 'weekdays' && schedule.days.some((day) => day === 6 || day === 7));
  return includesWeekend ? ['the schedule includes Saturday or Sunday, so weekends must be allowed'] : [];
}

function timeProblems(schedule: Schedule): string[] {
  const problems: string[] = [];
  const send = minutesOfDay(schedule.sendTime);
  const quietReadable =
    minutesOfDay(schedule.quietHours.start) !== undefined && minutesOfDay(schedule.quietHours.end) !== undefined;
  if (send === undefined) problems.push('the time must look like 09:00');
  if (!quietReadable) problems.push('quiet hours must look like 20:00-08:00');
  if (
    schedule.closeAt &&
    (minutesOfDay(schedule.closeAt.time) === undefined || !WEEKDAYS.has(schedule.closeAt.weekday))
  )
    problems.push('the closing time must be a day and a time, like wed 17:00');
  // On either clock, a send time inside quiet hours would defer every prompt (for partners in that zone at least).
  if (send !== undefined && quietReadable && isQuietMinute(send, schedule.quietHours))
    problems.push(
      `${schedule.sendTime} is inside quiet hours (${schedule.quietHours.start}–${schedule.quietHours.end})`,
    );
  return problems;
}

/** An explicit window longer than the time between occurrences would leave two check-ins open at once. */
function overlapProblems(schedule: Schedule): string[] {
  if (schedule.windowUntilNext || schedule.closeAt) return [];
  const periodDays = shortestPeriodDays(schedule);
  if (schedule.windowMinutes <= periodDays * 24 * 60) return [];
  const hours = Math.round(schedule.windowMinutes / 60);
  const period = periodDays === 1 ? '1 day' : `${periodDays} days`;
  return [
    `a ${hours}h window is longer than the ${period} between check-ins, so two would be open at once: leave \`window\` out (it then closes at the next check-in) or shorten it, e.g. \`window ${Math.min(24, periodDays * 24)}h\``,
  ];
}

/** Problems that would make the schedule unworkable, as plain-English phrases to join with '; '; empty when fine. */
export function validateSchedule(schedule: Schedule): string[] {
  const problems = [...dayProblems(schedule), ...weekendProblems(schedule), ...timeProblems(schedule)];
  const window = schedule.windowMinutes;
  if (!Number.isInteger(window) || window < MIN_WINDOW_MINUTES || window > MAX_WINDOW_MINUTES)
    problems.push('the window must be between 1 hour and 14 days');
  else problems.push(...overlapProblems(schedule));
  if (!Number.isInteger(schedule.reminders) || schedule.reminders < 0 || schedule.reminders > 3)
    problems.push('reminders must be 0 to 3');
  if (!schedule.skippedDates.every(isIsoDate)) problems.push('skipped dates must be real dates like 2026-12-25');
  if (!isIsoDate(schedule.anchorDate)) problems.push('the fortnightly anchor must be a real date like 2026-01-05');
  return problems;
}
