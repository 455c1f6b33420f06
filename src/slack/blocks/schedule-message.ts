import { DateTime } from 'luxon';
import type { Schedule } from '../../domain/schedule.js';
import type { FirstPrompts, ScheduleSummary } from '../../services/checkins/schedule-settings.js';
import { slackDate } from './dates.js';
import { context, type SlackMessage, section } from './elements.js';

const DAY_NAMES = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const ORDINALS: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '-1': 'last' };

export function describeSchedule(schedule: Schedule): string {
  const days = schedule.days.map((day) => DAY_NAMES[day]).join(', ');
  const when: Record<Schedule['cadence'], string> = {
    daily: 'every day',
    weekdays: 'every weekday',
    weekly: `every week on ${days}`,
    fortnightly: `every other week on ${days}`,
    monthly: `the ${ORDINALS[String(schedule.monthlyWeek)] ?? 'first'} ${days} of each month`,
  };
  const clock = schedule.clock === 'partner' ? 'each partner’s own local time' : 'the coalition’s time';
  const hours = Math.round(schedule.windowMinutes / 60);
  const open = schedule.closeAt
    ? `open until ${DAY_NAMES[schedule.closeAt.weekday]} ${schedule.closeAt.time} (coalition time)`
    : schedule.windowUntilNext
      ? 'open until the next check-in'
      : `open for ${hours} h`;
  const reminders =
    schedule.reminders === 0
      ? 'no reminders'
      : schedule.reminders === 1
        ? 'one reminder'
        : `${schedule.reminders} reminders`;
  return `${when[schedule.cadence]} at ${schedule.sendTime}, ${clock}; ${open} with ${reminders}; quiet ${schedule.quietHours.start}–${schedule.quietHours.end}${schedule.allowWeekends ? '' : ' and at weekends'}`;
}

// Enough groups to read at a glance; a coalition spread over more zones gets a count of the rest.
const MAX_FIRST_PROMPT_GROUPS = 6;

/** "Europe/London" → "London", "America/New_York" → "New York". */
function placeOf(tz: string): string {
  return (tz.split('/').at(-1) ?? tz).replaceAll('_', ' ');
}

/** "First check-ins: Wed 25 Nov 13:18 for 3 people (London), Thu 26 Nov 13:18 for 1 person (Auckland)." */
export function describeFirstPrompts(groups: readonly FirstPrompts[]): string {
  if (groups.length === 0) return '';
  const shown = groups.slice(0, MAX_FIRST_PROMPT_GROUPS).map((group) => {
    const local = DateTime.fromJSDate(group.at, { zone: group.tz }).toFormat('ccc d LLL HH:mm');
    return `${local} for ${group.people} ${group.people === 1 ? 'person' : 'people'} (${placeOf(group.tz)})`;
  });
  const rest = groups.slice(MAX_FIRST_PROMPT_GROUPS).reduce((sum, group) => sum + group.people, 0);
  return `First check-ins: ${shown.join(', ')}${rest > 0 ? `, and ${rest} more later` : ''}.`;
}

export function scheduleMessage(summary: ScheduleSummary): SlackMessage {
  const state = summary.schedule.paused ? '⏸️ Paused. ' : '';
  const headline = summary.isSet
    ? `${state}Check-ins go out ${describeSchedule(summary.schedule)}.`
    : 'No check-in schedule yet. A coordinator can set one, for example `/coalition schedule weekly mon 09:00`.';
  const skipped =
    summary.schedule.skippedDates.length > 0
      ? ` Skipped dates: ${summary.schedule.skippedDates.map(slackDate).join(', ')}.`
      : '';
  const first = summary.firstPrompts && !summary.schedule.paused ? describeFirstPrompts(summary.firstPrompts) : '';
  const next = first || (summary.nextCycleDate ? `Next check-in: ${slackDate(summary.nextCycleDate)}.` : '');
  return {
    text: headline,
    blocks: [
      section(headline),
      context(`${next}${skipped}`.trim() || 'Change it any time with `/coalition schedule`.'),
    ],
  };
}
