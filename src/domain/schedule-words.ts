import type { MonthlyWeek, Schedule, Weekday } from './schedule.js';
import { isIsoDate } from './schedule-dates.js';

/**
 * The vocabulary people use for schedules (day names, ordinals, times, lengths), read leniently and returned as
 * the schedule's own values, or undefined when a word is not one of them. Shared by the command and the modal.
 */

// Maps rather than object literals, so that words like `constructor` never match.
const DAY_NAMES: Array<[Weekday, string[]]> = [
  [1, ['mon', 'monday']],
  [2, ['tue', 'tues', 'tuesday']],
  [3, ['wed', 'weds', 'wednesday']],
  [4, ['thu', 'thur', 'thurs', 'thursday']],
  [5, ['fri', 'friday']],
  [6, ['sat', 'saturday']],
  [7, ['sun', 'sunday']],
];
const DAYS = new Map(DAY_NAMES.flatMap(([day, names]) => names.map((name) => [name, day] as const)));
const ORDINALS = new Map<string, MonthlyWeek>([
  ['first', 1],
  ['1st', 1],
  ['second', 2],
  ['2nd', 2],
  ['third', 3],
  ['3rd', 3],
  ['fourth', 4],
  ['4th', 4],
  ['last', -1],
]);

/** Monday, mon, tues, Weds, thurs, fridays (any case) → ISO weekday. */
export function readWeekday(word: string): Weekday | undefined {
  const key = word.toLowerCase().replace(/\.$/, '');
  return DAYS.get(key) ?? DAYS.get(key.replace(/s$/, ''));
}

/** first … fourth (or 1st … 4th), last → the schedule's monthlyWeek. */
export function readMonthlyWeek(word: string): MonthlyWeek | undefined {
  return ORDINALS.get(word.toLowerCase());
}

/** 09:00, 9:00, 9am, 2:30pm, 14.30 → 'HH:MM'. A bare number (9) is not a time: it could be anything. */
export function readClockTime(word: string): string | undefined {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/i.exec(word.trim());
  if (!match || (!match[2] && !match[3])) return undefined;
  const meridiem = match[3]?.toLowerCase();
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  if (meridiem && (hour < 1 || hour > 12)) return undefined;
  if (meridiem) hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** 48h, 36 hours, 2d, 1w → minutes (0h reads as 0: whether a length is allowed is for the caller). */
export function readDuration(text: string): number | undefined {
  const match = /^(\d{1,4})\s*(h|hrs?|hours?|d|days?|w|wks?|weeks?)$/i.exec(text.trim());
  if (!match) return undefined;
  const unit = match[2]?.[0]?.toLowerCase();
  return Number(match[1]) * (unit === 'w' ? 7 * 24 * 60 : unit === 'd' ? 24 * 60 : 60);
}

/** 21:00-07:00, 9pm–7am, 21:00 to 07:00 → quiet hours. */
export function readTimeRange(text: string): Schedule['quietHours'] | undefined {
  const [start, end, extra] = text.split(/-|–|\bto\b/).map((part) => readClockTime(part) ?? '');
  return start && end && extra === undefined ? { start, end } : undefined;
}

/** 2026-12-25,2026-12-26 → the dates, when every one is a real calendar date. */
export function readDateList(text: string): string[] | undefined {
  const dates = text.split(',').map((date) => date.trim());
  return dates.every(isIsoDate) ? dates : undefined;
}
