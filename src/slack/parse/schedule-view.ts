import { z } from 'zod';
import type { Schedule, Weekday } from '../../domain/schedule.js';
import { SCHEDULE_ACTION, SCHEDULE_BLOCKS, UNTIL_NEXT_CHECKIN } from '../ids.js';

const field = z
  .object({
    value: z.string().nullish(),
    selected_option: z.object({ value: z.string() }).nullish(),
    selected_options: z.array(z.object({ value: z.string() })).nullish(),
    selected_time: z.string().nullish(),
  })
  .partial();
const stateSchema = z.record(z.string(), z.record(z.string(), field));
const cadence = z.enum(['daily', 'weekdays', 'weekly', 'fortnightly', 'monthly']);

export type ScheduleFormResult =
  | { ok: true; changes: Partial<Schedule> }
  | { ok: false; errors: Record<string, string> };

/** Reads the schedule modal into schedule changes; problems are keyed by block so Slack shows them in place. */
export function readScheduleForm(values: unknown): ScheduleFormResult {
  const state = stateSchema.safeParse(values);
  const get = (block: string) => (state.success ? state.data[block]?.[SCHEDULE_ACTION] : undefined);
  const errors: Record<string, string> = {};
  const chosen = cadence.safeParse(get(SCHEDULE_BLOCKS.cadence)?.selected_option?.value);
  const days = (get(SCHEDULE_BLOCKS.days)?.selected_options ?? [])
    .map((option) => Number(option.value) as Weekday)
    .sort();
  const weekValue = get(SCHEDULE_BLOCKS.monthlyWeek)?.selected_option?.value;
  const sendTime = get(SCHEDULE_BLOCKS.sendTime)?.selected_time ?? '';
  const clock = get(SCHEDULE_BLOCKS.clock)?.selected_option?.value === 'coalition' ? 'coalition' : 'partner';
  const windowValue = get(SCHEDULE_BLOCKS.window)?.selected_option?.value ?? '2880';
  // "Until the next check-in": each window ends at that person's next prompt, so daily never leaves two open.
  const window: Partial<Schedule> =
    windowValue === UNTIL_NEXT_CHECKIN ? { windowUntilNext: true } : { windowMinutes: Number(windowValue) };
  const reminders = Number(get(SCHEDULE_BLOCKS.reminders)?.selected_option?.value ?? 1);
  const skippedText = get(SCHEDULE_BLOCKS.skipped)?.value ?? '';
  const skippedDates = skippedText.split(/[\s,]+/).filter(Boolean);

  if (!chosen.success) errors[SCHEDULE_BLOCKS.cadence] = 'Please choose how often.';
  const needsDays = chosen.success && ['weekly', 'fortnightly', 'monthly'].includes(chosen.data);
  if (needsDays && days.length === 0) errors[SCHEDULE_BLOCKS.days] = 'Please tick the day (or days) for check-ins.';
  if (chosen.success && chosen.data === 'monthly' && days.length > 1)
    errors[SCHEDULE_BLOCKS.days] = 'A monthly check-in takes one day.';
  if (chosen.success && chosen.data === 'monthly' && !weekValue)
    errors[SCHEDULE_BLOCKS.monthlyWeek] = 'Please choose which week of the month.';
  if (!/^\d{2}:\d{2}$/.test(sendTime)) errors[SCHEDULE_BLOCKS.sendTime] = 'Please pick a time.';
  if (skippedDates.some((date) => !/^\d{4}-\d{2}-\d{2}$/.test(date)))
    errors[SCHEDULE_BLOCKS.skipped] = 'Write dates like 2026-12-28, separated by commas.';
  if (!chosen.success || Object.keys(errors).length > 0) return { ok: false, errors };

  const base: Partial<Schedule> = {
    cadence: chosen.data,
    sendTime,
    clock,
    ...window,
    closeAt: null,
    reminders,
    skippedDates,
  };
  if (chosen.data === 'daily')
    return { ok: true, changes: { ...base, days: [1, 2, 3, 4, 5, 6, 7], allowWeekends: true, monthlyWeek: null } };
  if (chosen.data === 'weekdays')
    return { ok: true, changes: { ...base, days: [1, 2, 3, 4, 5], allowWeekends: false, monthlyWeek: null } };
  const monthlyWeek = chosen.data === 'monthly' ? (Number(weekValue) as Schedule['monthlyWeek']) : null;
  return { ok: true, changes: { ...base, days, monthlyWeek, allowWeekends: days.some((day) => day >= 6) } };
}
