/** An inclusive range of calendar dates on the coalition's calendar, YYYY-MM-DD. */
export interface Period {
  fromDate: string;
  toDate: string;
}

export function inPeriod(date: string, period: Period): boolean {
  return date >= period.fromDate && date <= period.toDate;
}

/** The reporting year that contains `today` (1 April to 31 March, as partnership reports run). */
export function reportingYear(today: string): Period {
  const year = Number(today.slice(0, 4));
  const start = today.slice(5) >= '04-01' ? year : year - 1;
  return { fromDate: `${start}-04-01`, toDate: `${start + 1}-03-31` };
}

// A report longer than this is a mistake in the dates more often than a wish.
export const MAX_PERIOD_DAYS = 3 * 366;

export function periodDays(period: Period): number {
  return Math.round((Date.parse(period.toDate) - Date.parse(period.fromDate)) / 86_400_000) + 1;
}

/** "1 Apr 2026 to 31 Mar 2027". */
export function describePeriod(period: Period): string {
  const format = (iso: string) =>
    new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
  return `${format(period.fromDate)} to ${format(period.toDate)}`;
}

/** The twelve months up to and including `today`: 2026-11-25 → 2025-11-26..2026-11-25. */
export function twelveMonthsTo(today: string): Period {
  const [year, month, day] = today.split('-').map(Number);
  // A year before 29 February is 28 February; the period starts the day after.
  const daysInMonth = new Date(Date.UTC((year ?? 0) - 1, month ?? 1, 0)).getUTCDate();
  const start = new Date(Date.UTC((year ?? 0) - 1, (month ?? 1) - 1, Math.min(day ?? 1, daysInMonth) + 1));
  return { fromDate: start.toISOString().slice(0, 10), toDate: today };
}
