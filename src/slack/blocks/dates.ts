import { DateTime } from 'luxon';
import { localDate } from '../../domain/local-time.js';
import { dayNumber, weekdayOfDayNumber } from '../../domain/schedule-dates.js';

// One date format everywhere. Dates and times go out as Slack's `<!date^…>` tokens, which every reader's client
// shows in their own timezone and locale; the fallback (for clients and notifications that cannot) is ours:
// "Mon 30 Nov 2026" and "Mon 30 Nov 2026, 09:00 (Europe/London)".
const TIME_FALLBACK = 'ccc d LLL yyyy, HH:mm';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_SECONDS = 86_400;

/** "Mon 30 Nov 2026" for a day number (days since 1970-01-01), by plain arithmetic. */
function dayText(day: number): string {
  const at = new Date(day * DAY_SECONDS * 1000);
  const weekday = WEEKDAYS[weekdayOfDayNumber(day) - 1];
  return `${weekday} ${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()}`;
}

/**
 * "Mon 30 Nov 2026" for a YYYY-MM-DD date, as plain text (modal titles, labels, notification text); the text as
 * given if it is not a real date. Plain arithmetic: every list and digest formats dozens of these.
 */
export function formatDate(isoDate: string): string {
  const day = dayNumber(isoDate);
  return Number.isNaN(day) ? isoDate : dayText(day);
}

/**
 * A YYYY-MM-DD date in mrkdwn: each reader sees it in their own locale, "today"/"tomorrow" when it is. A calendar
 * date has no instant; noon UTC is the same calendar day from UTC−11 to UTC+11, so the token never shows a reader
 * the day before or after.
 */
export function slackDate(isoDate: string): string {
  const day = dayNumber(isoDate);
  if (Number.isNaN(day)) return isoDate;
  return `<!date^${day * DAY_SECONDS + DAY_SECONDS / 2}^{date_short_pretty}|${dayText(day)}>`;
}

/** The day of an instant in mrkdwn, as each reader's own calendar has it; the fallback uses `fallbackZone`. */
export function slackDay(instant: Date, fallbackZone: string): string {
  const fallback = formatDate(localDate(instant, fallbackZone) || localDate(instant, 'UTC'));
  return `<!date^${Math.floor(instant.getTime() / 1000)}^{date_short_pretty}|${fallback}>`;
}

/** "Mon 30 Nov 2026, 09:00 (Europe/London)" in the given zone, as plain text. */
export function formatDateTime(instant: Date, zone: string): string {
  const at = DateTime.fromJSDate(instant, { zone: zone || 'UTC' });
  return `${at.toFormat(TIME_FALLBACK)} (${at.zoneName ?? 'UTC'})`;
}

/** An instant in mrkdwn, in each reader's own timezone; the fallback names the zone it is written in. */
export function slackDateTime(instant: Date, fallbackZone: string): string {
  const seconds = Math.floor(instant.getTime() / 1000);
  return `<!date^${seconds}^{date_short_pretty} at {time}|${formatDateTime(instant, fallbackZone)}>`;
}
