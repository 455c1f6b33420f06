// English alone: the package's root loads a dozen locales, a quarter of the app's start-up time.
import * as en from 'chrono-node/en';
import { DateTime } from 'luxon';

export type DueDateResult = { ok: true; date: string } | { ok: false; reason: 'unclear' | 'past' | 'too_far' };

// A coalition plans in months, not decades: a date more than two years out is almost certainly a typo.
const MAX_YEARS_AHEAD = 2;

/**
 * Reads a due date ("2026-12-05", "5 Dec", "next friday", "in 2 weeks") on the coalition's calendar.
 * Only whole dates count; today is allowed, the past is not.
 */
export function parseDueDate(text: string, now: Date, zone: string): DueDateResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'unclear' };
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const date = iso ? DateTime.fromISO(trimmed, { zone }) : chronoDate(trimmed, today);
  if (!date?.isValid) return { ok: false, reason: 'unclear' };
  if (date < today) return { ok: false, reason: 'past' };
  if (date > today.plus({ years: MAX_YEARS_AHEAD })) return { ok: false, reason: 'too_far' };
  return { ok: true, date: date.toISODate() ?? '' };
}

function chronoDate(text: string, today: DateTime): DateTime | undefined {
  // chrono reads the text against a reference whose wall clock is the coalition's (noon, to stay clear of DST edges).
  const reference = new Date(Date.UTC(today.year, today.month - 1, today.day, 12));
  const results = en.GB.parse(text, { instant: reference, timezone: 0 }, { forwardDate: true });
  const [first] = results;
  if (!first || results.length > 1 || first.text.length < text.replace(/\s+/g, ' ').length * 0.6) return undefined;
  if (!first.start.isCertain('day') && !first.start.isCertain('weekday') && !relative(first.text)) return undefined;
  const day = first.start.date();
  return DateTime.fromObject(
    { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() },
    { zone: today.zone },
  );
}

function relative(text: string): boolean {
  return /\b(in|next|tomorrow|today|week|weeks|month|months|days?)\b/i.test(text);
}

export function dueDateHint(reason: 'unclear' | 'past' | 'too_far'): string {
  const examples = 'Try `due:2026-12-05`, `due:5 Dec`, `due:next friday` or `due:in 2 weeks`.';
  if (reason === 'past') return `That date has already passed. ${examples}`;
  if (reason === 'too_far') return `That date is more than two years away; is it a typo? ${examples}`;
  return `I couldn’t read that date. ${examples}`;
}
