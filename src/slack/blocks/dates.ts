import { DateTime } from 'luxon';

// One date format everywhere. Dates and times go out as Slack's `<!date^…>` tokens, which every reader's client
// shows in their own timezone and locale; the fallback (for clients and notifications that cannot) is ours:
// "Mon 30 Nov 2026" and "Mon 30 Nov 2026, 09:00 (Europe/London)".
const DATE_FALLBACK = 'ccc d LLL yyyy';
const TIME_FALLBACK = `${DATE_FALLBACK}, HH:mm`;

// A calendar date has no instant; noon UTC is the same calendar day from UTC−11 to UTC+11, so the token never
// shows a reader the day before or after.
function noonUtc(isoDate: string): DateTime {
  return DateTime.fromISO(isoDate, { zone: 'UTC' }).set({ hour: 12 });
}

/** "Mon 30 Nov 2026" for a YYYY-MM-DD date, as plain text (modal titles, labels, notification text). */
export function formatDate(isoDate: string): string {
  return noonUtc(isoDate).toFormat(DATE_FALLBACK);
}

/** A YYYY-MM-DD date in mrkdwn: each reader sees it in their own locale, "today"/"tomorrow" when it is. */
export function slackDate(isoDate: string): string {
  const at = noonUtc(isoDate);
  return `<!date^${Math.floor(at.toSeconds())}^{date_short_pretty}|${at.toFormat(DATE_FALLBACK)}>`;
}

/** The day of an instant in mrkdwn, as each reader's own calendar has it; the fallback uses `fallbackZone`. */
export function slackDay(instant: Date, fallbackZone: string): string {
  const fallback = DateTime.fromJSDate(instant, { zone: fallbackZone || 'UTC' }).toFormat(DATE_FALLBACK);
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
