import { DomainError } from '../../domain/errors.js';
import type { Cadence, MonthlyWeek, Schedule, Weekday } from '../../domain/schedule.js';

export type ScheduleIntent =
  | { action: 'show' }
  | { action: 'modal' }
  | { action: 'pause' }
  | { action: 'resume' }
  | { action: 'set'; changes: Partial<Schedule> };

const EXAMPLES =
  'Examples: `/coalition schedule weekly mon 09:00`, `fortnightly tue,thu 14:30 window 48h`, `weekly mon 09:00 close wed 17:00`, `monthly first-mon 10:00`, `weekdays 09:00`, `daily 09:00`, or `pause`, `resume`, `show`. Options: `clock:coalition`, `reminders:2`, `skip:2026-12-25`, `weekends:yes`, `quiet:21:00-07:00`.';

const DAYS: Record<string, Weekday> = {
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  weds: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};
const ORDINALS: Record<string, MonthlyWeek> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  last: -1,
};
const CADENCES: Cadence[] = ['daily', 'weekdays', 'weekly', 'fortnightly', 'monthly'];

function usage(message: string): DomainError {
  return new DomainError('usage', message, EXAMPLES);
}

function dayOf(word: string): Weekday | undefined {
  const key = word.toLowerCase().replace(/day$/, '').replace(/s$/, '');
  return (
    DAYS[key] ??
    DAYS[key.slice(0, 3)] ??
    (key.length >= 3 ? Object.entries(DAYS).find(([name]) => name.startsWith(key))?.[1] : undefined)
  );
}

/** 09:00, 9:00, 9am, 2:30pm, 14.30 → 'HH:MM'. */
export function parseTime(word: string): string | undefined {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/i.exec(word.trim());
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  const meridiem = match[3]?.toLowerCase();
  if (!match[2] && !meridiem) return undefined;
  if (meridiem && (hour < 1 || hour > 12)) return undefined;
  if (meridiem === 'pm' && hour !== 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

function parseWindow(word: string | undefined): number | undefined {
  const match = /^(\d{1,3})\s*(h|hours?|d|days?)$/i.exec(word ?? '');
  if (!match) return undefined;
  const minutes = Number(match[1]) * (match[2]?.toLowerCase().startsWith('d') ? 24 * 60 : 60);
  return minutes > 0 ? minutes : undefined;
}

function parseOption(key: string, value: string, changes: Partial<Schedule>): void {
  switch (key) {
    case 'clock':
      if (value !== 'partner' && value !== 'coalition')
        throw usage('`clock:` takes `partner` (each partner’s own time) or `coalition`.');
      changes.clock = value;
      return;
    case 'reminders': {
      const count = Number(value);
      if (!Number.isInteger(count) || count < 0 || count > 3) throw usage('`reminders:` takes a number from 0 to 3.');
      changes.reminders = count;
      return;
    }
    case 'skip': {
      const dates = value.split(',').map((date) => date.trim());
      if (dates.some((date) => !/^\d{4}-\d{2}-\d{2}$/.test(date)))
        throw usage('`skip:` takes dates like 2026-12-25,2026-12-26.');
      changes.skippedDates = dates;
      return;
    }
    case 'weekends':
      if (!['yes', 'no'].includes(value)) throw usage('`weekends:` takes `yes` or `no`.');
      changes.allowWeekends = value === 'yes';
      return;
    case 'quiet': {
      const [start, end] = value.split('-').map((part) => parseTime(part) ?? '');
      if (!start || !end) throw usage('`quiet:` takes a range like 21:00-07:00.');
      changes.quietHours = { start, end };
      return;
    }
    default:
      throw usage(`I don’t know the option \`${key.slice(0, 20)}\`.`);
  }
}

function parseDays(cadence: Cadence, words: string[], changes: Partial<Schedule>): void {
  if (cadence === 'daily')
    Object.assign(changes, { days: [1, 2, 3, 4, 5, 6, 7], allowWeekends: true, monthlyWeek: null });
  if (cadence === 'weekdays') Object.assign(changes, { days: [1, 2, 3, 4, 5], monthlyWeek: null });
  if (cadence === 'weekly' || cadence === 'fortnightly') {
    const days = words
      .flatMap((word) => word.split(','))
      .filter(Boolean)
      .map((word) => dayOf(word));
    if (days.length === 0) throw usage(`A ${cadence} check-in needs a day, like \`${cadence} mon 09:00\`.`);
    if (days.some((day) => day === undefined))
      throw usage('I could not read one of the days: use mon, tue, wed, thu, fri, sat or sun.');
    const unique = [...new Set(days as Weekday[])].sort();
    Object.assign(changes, { days: unique, monthlyWeek: null, allowWeekends: unique.some((day) => day >= 6) });
  }
  if (cadence === 'monthly') {
    const match = /^([a-z0-9]+)-([a-z]+)$/i.exec(words[0] ?? '');
    const week = match?.[1] ? ORDINALS[match[1].toLowerCase()] : undefined;
    const day = match?.[2] ? dayOf(match[2]) : undefined;
    if (!week || !day || words.length !== 1)
      throw usage(
        'A monthly check-in needs a day like `first-mon`, `second-tue`, `third-wed`, `fourth-thu` or `last-fri`.',
      );
    Object.assign(changes, { days: [day], monthlyWeek: week, allowWeekends: day >= 6 });
  }
}

/** Reads the text after `/coalition schedule`. */
export function parseScheduleText(text: string): ScheduleIntent {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.toLowerCase();
  if (!first) return { action: 'modal' };
  if (first === 'show') return { action: 'show' };
  if ((first === 'pause' || first === 'resume') && words.length === 1) return { action: first };
  if (!CADENCES.includes(first as Cadence)) throw usage(`I don’t know the schedule \`${first.slice(0, 40)}\`.`);
  const cadence = first as Cadence;
  const changes: Partial<Schedule> = { cadence };
  const dayWords: string[] = [];
  for (let index = 1; index < words.length; index += 1) {
    const word = words[index] ?? '';
    const option = /^([a-z]+):(.+)$/i.exec(word);
    const time = parseTime(word);
    if (time) changes.sendTime = time;
    else if (word.toLowerCase() === 'window') {
      const minutes = parseWindow(words[index + 1]);
      if (!minutes) throw usage('`window` takes a length like 48h or 2d.');
      changes.windowMinutes = minutes;
      changes.closeAt = null;
      index += 1;
    } else if (word.toLowerCase() === 'close' || word.toLowerCase() === 'closes') {
      const weekday = dayOf(words[index + 1] ?? '');
      const time = parseTime(words[index + 2] ?? '');
      if (!weekday || !time) throw usage('`close` takes a day and a time, like `close wed 17:00`.');
      changes.closeAt = { weekday, time };
      index += 2;
    } else if (option?.[1] && option[2]) parseOption(option[1].toLowerCase(), option[2].toLowerCase(), changes);
    else dayWords.push(word);
  }
  if (!changes.sendTime) throw usage('Please give a time, like 09:00 or 2:30pm.');
  parseDays(cadence, dayWords, changes);
  return { action: 'set', changes };
}
