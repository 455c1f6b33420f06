import type { types } from '@slack/bolt';
import type { Answers, Question } from '../../domain/questions.js';
import { MAX_ANSWER_LENGTH } from '../../domain/questions.js';
import { STATUS_LABELS, type Task, taskRef } from '../../domain/tasks.js';
import type { CheckinForm } from '../../services/checkins/responses.js';
import { OVERRIDE_REASONS } from '../../services/privacy.js';
import {
  CHECKIN_ANSWER_ACTION,
  CHECKIN_BLOCK_PREFIX,
  CHECKIN_OVERRIDE_BLOCK,
  CHECKIN_SHARE_WIN_BLOCK,
  CHECKIN_TASK_NOTE_PREFIX,
  CHECKIN_TASK_PREFIX,
  VIEWS,
} from '../ids.js';
import { formatCycleDate } from './dates.js';
import { type Block, context, plainText, truncate } from './elements.js';
import { statusOptions } from './task-messages.js';

const SCALE = ['1', '2', '3', '4', '5'].map((value) => ({ text: plainText(value), value }));

function questionElement(question: Question, answer: Answers[string] | undefined): types.InputBlock['element'] {
  if (question.kind === 'scale') {
    const initial = SCALE.find((option) => option.value === String(answer ?? ''));
    return {
      type: 'static_select',
      action_id: CHECKIN_ANSWER_ACTION,
      placeholder: plainText('1 (low) to 5 (high)'),
      options: SCALE,
      ...(initial ? { initial_option: initial } : {}),
    };
  }
  return {
    type: 'plain_text_input',
    action_id: CHECKIN_ANSWER_ACTION,
    multiline: question.kind === 'long',
    // Slack enforces max_length in the client; our zod check is the authority, so allow a little over to explain.
    max_length: Math.min(3000, MAX_ANSWER_LENGTH[question.kind] + 200),
    ...(answer === undefined ? {} : { initial_value: String(answer) }),
  };
}

function questionBlock(question: Question, answer: Answers[string] | undefined): types.InputBlock {
  return {
    type: 'input',
    block_id: `${CHECKIN_BLOCK_PREFIX}${question.key}`,
    optional: !question.required,
    label: plainText(truncate(question.prompt, 2000), 2000),
    ...(question.hint ? { hint: plainText(question.hint, 2000) } : {}),
    element: questionElement(question, answer),
  };
}

// A modal holds 100 blocks: twelve questions plus fifteen tasks at two blocks each leaves room to spare.
const MAX_TASKS_IN_FORM = 15;

function taskBlocks(task: Task): Block[] {
  const options = statusOptions();
  const current = options.find((option) => option.value === task.status);
  return [
    {
      type: 'input',
      block_id: `${CHECKIN_TASK_PREFIX}${task.id}`,
      label: plainText(truncate(`${taskRef(task)} ${task.title}`, 2000), 2000),
      element: {
        type: 'static_select',
        action_id: CHECKIN_ANSWER_ACTION,
        options,
        ...(current ? { initial_option: current } : {}),
      },
    },
    {
      type: 'input',
      block_id: `${CHECKIN_TASK_NOTE_PREFIX}${task.id}`,
      optional: true,
      label: plainText(`Note on ${taskRef(task)} (needed for at risk, blocked or dropped)`, 2000),
      element: { type: 'plain_text_input', action_id: CHECKIN_ANSWER_ACTION, max_length: 500 },
    },
  ];
}

function tasksSection(tasks: Task[]): Block[] {
  if (tasks.length === 0) return [];
  const shown = tasks.slice(0, MAX_TASKS_IN_FORM);
  const more =
    tasks.length > shown.length ? ` (the first ${shown.length}; see the rest with \`/coalition tasks\`)` : '';
  return [
    context(
      `*Your tasks*${more}: update any that have moved. Now: ${shown.map((task) => `${taskRef(task)} ${STATUS_LABELS[task.status].toLowerCase()}`).join(', ')}.`,
    ),
    ...shown.flatMap(taskBlocks),
  ];
}

const WIN_KEY = 'win';

/** The author's choice to have their win celebrated in the channel; never automatic. */
function shareWinBlock(): types.InputBlock {
  return {
    type: 'input',
    block_id: CHECKIN_SHARE_WIN_BLOCK.block,
    optional: true,
    label: plainText('Celebrate it?'),
    element: {
      type: 'checkboxes',
      action_id: CHECKIN_SHARE_WIN_BLOCK.action,
      options: [{ text: plainText('Share my win in the coalition channel'), value: 'share' }],
    },
  };
}

/** Only used when the privacy scan asks: lets a partner say why a flagged detail is fine to keep. */
function overrideBlock(): types.InputBlock {
  return {
    type: 'input',
    block_id: CHECKIN_OVERRIDE_BLOCK.block,
    optional: true,
    label: plainText('Something flagged that is fine?'),
    hint: plainText('Leave empty unless I asked. Details about a particular child are never fine here.', 2000),
    element: {
      type: 'static_select',
      action_id: CHECKIN_OVERRIDE_BLOCK.action,
      placeholder: plainText('Choose why it is fine'),
      options: Object.entries(OVERRIDE_REASONS).map(([value, text]) => ({ text: plainText(text), value })),
    },
  };
}

export function checkinModal(form: CheckinForm): types.ModalView {
  const when = formatCycleDate(form.cycle.cycleDate);
  const lead = form.late
    ? `This check-in (${when}) has closed, but a late answer is still welcome: it will be marked late.`
    : `*${form.coalitionName}*, check-in for ${when}. Short answers are perfect.`;
  const blocks: Block[] = [
    context(lead),
    ...form.questions.flatMap((question) => [
      questionBlock(question, form.answers[question.key]),
      ...(question.key === WIN_KEY ? [shareWinBlock()] : []),
    ]),
    ...tasksSection(form.tasks),
    overrideBlock(),
  ];
  return {
    type: 'modal',
    callback_id: VIEWS.checkin,
    private_metadata: JSON.stringify({ cycleId: form.cycle.id }),
    title: plainText('Check-in', 24),
    submit: plainText(Object.keys(form.answers).length > 0 ? 'Save changes' : 'Send', 24),
    close: plainText('Cancel', 24),
    blocks,
  };
}
