import type { types } from '@slack/bolt';
import type { Schedule } from '../../domain/schedule.js';
import { SCHEDULE_ACTION, SCHEDULE_BLOCKS, UNTIL_NEXT_CHECKIN, VIEWS } from '../ids.js';
import { context, plainText } from './elements.js';

const option = (text: string, value: string): types.PlainTextOption => ({ text: plainText(text), value });

const CADENCES = [
  option('Every week', 'weekly'),
  option('Every other week', 'fortnightly'),
  option('Once a month', 'monthly'),
  option('Every weekday', 'weekdays'),
  option('Every day', 'daily'),
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((day, index) =>
  option(day, String(index + 1)),
);
const WEEKS = [
  option('First', '1'),
  option('Second', '2'),
  option('Third', '3'),
  option('Fourth', '4'),
  option('Last', '-1'),
];
const CLOCKS = [option('Each partner’s own time', 'partner'), option('The coalition’s time', 'coalition')];
const WINDOWS = [
  option('Until the next check-in', UNTIL_NEXT_CHECKIN),
  ...[12, 24, 36, 48, 72, 96, 168].map((hours) =>
    option(hours % 24 === 0 ? `${hours / 24} day${hours === 24 ? '' : 's'}` : `${hours} hours`, String(hours * 60)),
  ),
];
const REMINDERS = [option('None', '0'), option('One, halfway', '1'), option('Two', '2'), option('Three', '3')];

function input(
  blockId: string,
  label: string,
  element: types.InputBlock['element'],
  optional = false,
): types.InputBlock {
  return { type: 'input', block_id: blockId, label: plainText(label), optional, element };
}

const pick = (options: types.PlainTextOption[], value: string) =>
  options.find((candidate) => candidate.value === value);

export function scheduleModal(input_: { coalitionId: number; schedule: Schedule }): types.ModalView {
  const { schedule } = input_;
  const dayOptions = DAYS.filter((day) => schedule.days.includes(Number(day.value) as never));
  const week = schedule.monthlyWeek === null ? undefined : pick(WEEKS, String(schedule.monthlyWeek));
  const window = pick(WINDOWS, schedule.windowUntilNext ? UNTIL_NEXT_CHECKIN : String(schedule.windowMinutes));
  return {
    type: 'modal',
    callback_id: VIEWS.schedule,
    private_metadata: JSON.stringify({ coalitionId: input_.coalitionId }),
    title: plainText('Check-in schedule', 24),
    submit: plainText('Save', 24),
    close: plainText('Cancel', 24),
    blocks: [
      context(
        'Prompts go out at each partner’s local time by default; nothing is sent 20:00–08:00 or at weekends unless the schedule includes them.',
      ),
      input(SCHEDULE_BLOCKS.cadence, 'How often', {
        type: 'static_select',
        action_id: SCHEDULE_ACTION,
        options: CADENCES,
        initial_option: pick(CADENCES, schedule.cadence) ?? CADENCES[0],
      }),
      input(
        SCHEDULE_BLOCKS.days,
        'On',
        {
          type: 'checkboxes',
          action_id: SCHEDULE_ACTION,
          options: DAYS,
          ...(dayOptions.length > 0 ? { initial_options: dayOptions } : {}),
        },
        true,
      ),
      input(
        SCHEDULE_BLOCKS.monthlyWeek,
        'Which week (monthly only)',
        {
          type: 'static_select',
          action_id: SCHEDULE_ACTION,
          options: WEEKS,
          ...(week ? { initial_option: week } : {}),
        },
        true,
      ),
      input(SCHEDULE_BLOCKS.sendTime, 'At', {
        type: 'timepicker',
        action_id: SCHEDULE_ACTION,
        initial_time: schedule.sendTime,
      }),
      input(SCHEDULE_BLOCKS.clock, 'Whose clock', {
        type: 'radio_buttons',
        action_id: SCHEDULE_ACTION,
        options: CLOCKS,
        initial_option: pick(CLOCKS, schedule.clock) ?? CLOCKS[0],
      }),
      input(SCHEDULE_BLOCKS.window, 'Open for', {
        type: 'static_select',
        action_id: SCHEDULE_ACTION,
        options: WINDOWS,
        ...(window ? { initial_option: window } : {}),
      }),
      input(SCHEDULE_BLOCKS.reminders, 'Reminders', {
        type: 'static_select',
        action_id: SCHEDULE_ACTION,
        options: REMINDERS,
        initial_option: pick(REMINDERS, String(schedule.reminders)) ?? REMINDERS[1],
      }),
      input(
        SCHEDULE_BLOCKS.skipped,
        'Skip these dates (holidays)',
        {
          type: 'plain_text_input',
          action_id: SCHEDULE_ACTION,
          placeholder: plainText('2026-12-28, 2027-01-04'),
          ...(schedule.skippedDates.length > 0 ? { initial_value: schedule.skippedDates.join(', ') } : {}),
        },
        true,
      ),
    ] as types.ModalView['blocks'],
  };
}
