import { z } from 'zod';
import { DomainError } from '../../domain/errors.js';
import type { Cadence, Schedule, Weekday } from '../../domain/schedule.js';
import {
  readClockTime,
  readDateList,
  readDuration,
  readMonthlyWeek,
  readTimeRange,
  readWeekday,
} from '../../domain/schedule-words.js';
import { type Token, tokenize } from './tokens.js';

/** Kept under its old name for callers that read a time on its own. */
export { readClockTime as parseTime };

export type ScheduleIntent =
  | { action: 'show' }
  | { action: 'modal' }
  | { action: 'pause' }
  | { action: 'resume' }
  | { action: 'set'; changes: Partial<Schedule> };

const USAGE = '/coalition schedule daily|weekdays|weekly|fortnightly|monthly <days> <time> [window 48h] [options]';
const EXAMPLES: Record<Cadence, string> = {
  daily: 'daily 09:00',
  weekdays: 'weekdays 09:00',
  weekly: 'weekly mon 09:00',
  fortnightly: 'fortnightly tue,thu 14:30 window 48h',
  monthly: 'monthly first-mon 10:00',
};
const DAYS_HELP = 'mon, tue, wed, thu, fri, sat or sun';
const MAX_ECHO = 40;

const ACTIONS = ['show', 'pause', 'resume'] as const;
const CLOSE_HELP = '`close` takes a day and a time, like `close wed 17:00`.';
const CLOSE_EXAMPLE = 'weekly mon 09:00 close wed 17:00';
const CADENCES = new Map<string, Cadence>([
  ['daily', 'daily'],
  ['weekdays', 'weekdays'],
  ['weekday', 'weekdays'],
  ['weekly', 'weekly'],
  ['fortnightly', 'fortnightly'],
  ['monthly', 'monthly'],
]);
const FILLERS = new Set(['at', 'on', 'and', '&']);
const OPTIONS = new Set(['clock', 'reminders', 'skip', 'weekends', 'quiet', 'window']);

/** At most 40 characters of what the person typed, with nothing that Slack would format or resolve. */
function shown(text: string): string {
  return text.replace(/[`<>&*_~\r\n]/g, '').slice(0, MAX_ECHO);
}

function usage(message: string, example: string = EXAMPLES.weekly): DomainError {
  return new DomainError('usage', message, `Usage: \`${USAGE}\`\nExample: \`/coalition schedule ${example}\``);
}

/** A zod string step that turns text into a value, or fails the field when `read` cannot. */
function readWith<T>(read: (text: string) => T | undefined) {
  return z.string().transform((text, ctx): T => {
    const value = read(text);
    if (value === undefined) ctx.issues.push({ code: 'custom', message: 'unreadable', input: text });
    return value as T;
  });
}

const weekday = z.literal([1, 2, 3, 4, 5, 6, 7]);
const draftSchema = z.object({
  cadence: z.enum(['daily', 'weekdays', 'weekly', 'fortnightly', 'monthly']),
  days: z.array(weekday).min(1),
  monthlyWeek: z.literal([1, 2, 3, 4, -1]).nullable(),
  sendTime: readWith(readClockTime),
  window: readWith(readDuration)
    .pipe(
      z
        .number()
        .min(60)
        .max(14 * 24 * 60),
    )
    .optional(),
  closeAt: z.object({ weekday, time: readWith(readClockTime) }).optional(),
  clock: z.enum(['partner', 'coalition']).optional(),
  reminders: z.enum(['0', '1', '2', '3']).transform(Number).optional(),
  skip: readWith(readDateList).optional(),
  weekends: z.enum(['yes', 'no']).optional(),
  quiet: readWith(readTimeRange).optional(),
});
type Draft = Omit<z.input<typeof draftSchema>, 'sendTime'> & { sendTime?: string };

/** What to say when a field of the draft is wrong: [message, example]. */
const PROBLEMS: Record<string, (draft: Draft) => [string, string]> = {
  days: ({ cadence }) => [`A ${cadence} check-in needs a day, like \`${EXAMPLES[cadence]}\`.`, EXAMPLES[cadence]],
  sendTime: ({ cadence, sendTime }) => [
    sendTime === undefined
      ? 'Please give a time, like 09:00, 9am or 2:30pm.'
      : `Please give a time of day: \`${shown(sendTime)}\` isn’t one. Use 00:00 to 23:59, or 9am or 2:30pm.`,
    EXAMPLES[cadence],
  ],
  window: () => [
    'The window must be between 1 hour and 14 days, like `window 48h` or `window 2d`.',
    EXAMPLES.fortnightly,
  ],
  closeAt: () => [CLOSE_HELP, CLOSE_EXAMPLE],
  clock: () => [
    '`clock:` takes `partner` (each partner’s own time) or `coalition`.',
    'weekly mon 09:00 clock:coalition',
  ],
  reminders: () => ['`reminders:` takes a number from 0 to 3.', 'weekly mon 09:00 reminders:2'],
  skip: () => ['`skip:` takes real dates like 2026-12-25,2026-12-26.', 'weekly mon 09:00 skip:2026-12-28'],
  weekends: () => ['`weekends:` takes `yes` or `no`.', 'weekly mon 09:00 weekends:yes'],
  quiet: () => ['`quiet:` takes a range of times like 21:00-07:00.', 'weekly mon 09:00 quiet:21:00-07:00'],
};

function monthlyDay(words: string[]): Pick<Draft, 'days' | 'monthlyWeek'> {
  const [ordinal, day, extra] = words.join('-').toLowerCase().split('-');
  const week = readMonthlyWeek(ordinal ?? '');
  const weekdayNumber = readWeekday(day ?? '');
  if (week && weekdayNumber && extra === undefined) return { days: [weekdayNumber], monthlyWeek: week };
  if (/^(fifth|5th)$/.test(ordinal ?? ''))
    throw usage(
      'Not every month has a fifth one: use first, second, third, fourth or last, like `last-fri`.',
      'monthly last-fri 10:00',
    );
  throw usage(
    'A monthly check-in needs a day like `first-mon`, `second-tue`, `fourth-thu` or `last-fri`.',
    EXAMPLES.monthly,
  );
}

function daysFor(cadence: Cadence, words: string[]): Pick<Draft, 'days' | 'monthlyWeek'> {
  if (cadence === 'monthly') return words.length === 0 ? { days: [], monthlyWeek: null } : monthlyDay(words);
  if (cadence === 'daily' || cadence === 'weekdays') {
    if (words[0])
      throw usage(`A ${cadence} check-in needs no day names, so leave out \`${shown(words[0])}\`.`, EXAMPLES[cadence]);
    return { days: cadence === 'daily' ? [1, 2, 3, 4, 5, 6, 7] : [1, 2, 3, 4, 5], monthlyWeek: null };
  }
  const names = words.flatMap((word) => word.split(',')).filter(Boolean);
  const unreadable = names.find((name) => !readWeekday(name));
  if (unreadable) throw usage(`I couldn’t read the day \`${shown(unreadable)}\`: use ${DAYS_HELP}.`, EXAMPLES[cadence]);
  const days = [...new Set(names.map((name) => readWeekday(name) as Weekday))].sort((a, b) => a - b);
  return { days, monthlyWeek: null };
}

/** Reads the words after the cadence into a draft: raw text per field, checked and converted by `draftSchema`. */
function readDraft(cadence: Cadence, tokens: Token[]): Draft {
  const draft: Draft = { cadence, days: [], monthlyWeek: null };
  const dayWords: string[] = [];
  const words: string[] = [];
  for (const token of tokens) {
    if (token.type === 'word') words.push(token.value);
    else if (token.type !== 'option') throw usage('A schedule takes no @mentions or #channels.', EXAMPLES[cadence]);
    else if (!OPTIONS.has(token.key))
      throw usage(`I don’t know the option \`${shown(`${token.key}:`)}\`.`, EXAMPLES[cadence]);
    else Object.assign(draft, { [token.key]: token.value.toLowerCase() });
  }
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] ?? '';
    const lower = word.toLowerCase();
    const next = words[index + 1] ?? '';
    if (FILLERS.has(lower)) continue;
    if (lower === 'window') {
      const joined = /^\d+$/.test(next) && words[index + 2] ? `${next}${words[index + 2]}` : undefined;
      draft.window = joined && readDuration(joined) !== undefined ? joined : next;
      if (!draft.window) throw usage('`window` takes a length like 48h or 2d.', EXAMPLES.fortnightly);
      index += draft.window === next ? 1 : 2;
    } else if (lower === 'close' || lower === 'closes') {
      const day = readWeekday(next);
      if (!day || !words[index + 2]) throw usage(CLOSE_HELP, CLOSE_EXAMPLE);
      draft.closeAt = { weekday: day, time: words[index + 2] ?? '' };
      index += 2;
    } else if (/^\d/.test(word) && !word.includes('-')) {
      if (draft.sendTime !== undefined) throw usage('Please give just one time.', EXAMPLES[cadence]);
      const meridiem = /^(am|pm)$/i.test(next) && /^[\d:.]+$/.test(word);
      draft.sendTime = meridiem ? `${word}${next}` : word;
      if (meridiem) index += 1;
    } else {
      dayWords.push(word);
    }
  }
  if (draft.window !== undefined && draft.closeAt)
    throw usage('Use either `window` or `close`, not both.', EXAMPLES[cadence]);
  return { ...draft, ...daysFor(cadence, dayWords) };
}

function changesFrom(data: z.output<typeof draftSchema>): Partial<Schedule> {
  const includesWeekend = data.days.some((day) => day >= 6);
  const changes: Partial<Schedule> = {
    cadence: data.cadence,
    days: data.days,
    monthlyWeek: data.monthlyWeek,
    sendTime: data.sendTime,
    allowWeekends: data.weekends === undefined ? includesWeekend : data.weekends === 'yes',
  };
  if (data.window !== undefined) Object.assign(changes, { windowMinutes: data.window, closeAt: null });
  if (data.closeAt) changes.closeAt = data.closeAt;
  if (data.clock) changes.clock = data.clock;
  if (data.reminders !== undefined) changes.reminders = data.reminders;
  if (data.skip) changes.skippedDates = data.skip;
  if (data.quiet) changes.quietHours = data.quiet;
  return changes;
}

/** Reads the text after `/coalition schedule`: empty opens the modal; otherwise an action or a new schedule. */
export function parseScheduleText(text: string): ScheduleIntent {
  const [first, ...rest] = tokenize(text);
  if (!first) return { action: 'modal' };
  const word = first.type === 'word' ? first.value.toLowerCase() : '';
  const action = ACTIONS.find((name) => name === word);
  if (action) {
    if (rest.length > 0) throw usage(`\`${action}\` takes nothing after it: just \`/coalition schedule ${action}\`.`);
    return { action };
  }
  const cadence = CADENCES.get(word);
  if (!cadence) {
    if (first.type !== 'word' || readWeekday(word) || readClockTime(word))
      throw usage('Start with how often check-ins go out: daily, weekdays, weekly, fortnightly or monthly.');
    throw usage(`I don’t know the schedule \`${shown(first.value)}\`.`);
  }
  const draft = readDraft(cadence, rest);
  const parsed = draftSchema.safeParse(draft);
  if (parsed.success) return { action: 'set', changes: changesFrom(parsed.data) };
  const field = String(parsed.error.issues[0]?.path[0] ?? '');
  const [message, example] = PROBLEMS[field]?.(draft) ?? ['I couldn’t read that schedule.', EXAMPLES[cadence]];
  throw usage(message, example);
}
