/**
 * Calendar arithmetic on ISO dates ('YYYY-MM-DD') with no time zone: a cycle date is a day on the coalition's
 * calendar, not an instant, so plain day numbers (days since 1970-01-01) are exact and immune to DST.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01, or NaN when `iso` is not a real calendar date (2026-02-30 is not). */
export function dayNumber(iso: string): number {
  const match = ISO_DATE.exec(iso);
  if (!match) return Number.NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? ms / DAY_MS : Number.NaN;
}

export function isIsoDate(text: string): boolean {
  return !Number.isNaN(dayNumber(text));
}

export function isoFromDayNumber(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoFromDayNumber(dayNumber(iso) + days);
}

/** ISO weekday, 1 = Monday … 7 = Sunday (luxon's numbering). */
export function isoWeekday(iso: string): number {
  return weekdayOfDayNumber(dayNumber(iso));
}

/** isoWeekday for a day number already found (days since 1970-01-01, a Thursday). */
export function weekdayOfDayNumber(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** Index of the Monday-to-Sunday week containing `iso`, counted from the week of 1970-01-05. */
export function mondayWeekIndex(iso: string): number {
  return Math.floor((dayNumber(iso) + 3) / 7);
}

export function dayOfMonth(iso: string): number {
  return Number(iso.slice(8, 10));
}

export function daysInMonth(iso: string): number {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), 0)).getUTCDate();
}
