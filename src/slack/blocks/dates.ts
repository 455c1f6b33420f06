import { DateTime } from 'luxon';

/** "Monday 30 November" for a YYYY-MM-DD cycle date. */
export function formatCycleDate(isoDate: string): string {
  return DateTime.fromISO(isoDate).toFormat('cccc d LLLL');
}

/** "Wed 2 Dec, 09:00" in the reader's own timezone. */
export function formatLocalTime(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone: zone || 'UTC' }).toFormat('ccc d LLL, HH:mm');
}
