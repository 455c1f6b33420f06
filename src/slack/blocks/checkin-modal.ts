import type { types } from '@slack/bolt';
import type { Answers, Question } from '../../domain/questions.js';
import { MAX_ANSWER_LENGTH, NO_CHILD_DETAILS_HINT } from '../../domain/questions.js';
import { type Task, taskRef } from '../../domain/tasks.js';
import type { CheckinForm } from '../../services/checkins/responses.js';
import { OVERRIDE_REASONS } from '../../services/privacy.js';
import {
  CHECKIN_ANSWER_ACTION,
  CHECKIN_BLOCK_PREFIX,
  CHECKIN_OVERRIDE_BLOCK,
  CHECKIN_SHARE_WIN_BLOCK,
  CHECKIN_STILL_BLOCKED_BLOCK,
  CHECKIN_TASK_NOTE_PREFIX,
  CHECKIN_TASK_PREFIX,
  VIEWS,
} from '../ids.js';
import { slackDate } from './dates.js';
import { type Block, context, plainText, truncate } from './elements.js';
import { escapeMrkdwn } from './escape.js';
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

// Slack already marks optional fields "(optional)"; a prompt that says so too would read twice.
const label = (question: Question) =>
  question.required ? question.prompt : question.prompt.replace(/\s*\(optional\)\s*$/i, '');

function questionBlock(question: Question, answer: Answers[string] | undefined): types.InputBlock {
  // The privacy hint is said once, at the top; a question's own hint shows only when it says something else.
  const hint = question.hint && question.hint !== NO_CHILD_DETAILS_HINT ? question.hint : null;
  return {
    type: 'input',
    block_id: `${CHECKIN_BLOCK_PREFIX}${question.key}`,
    optional: !question.required,
    label: plainText(truncate(label(question), 2000), 2000),
    ...(hint ? { hint: plainText(hint, 2000) } : {}),
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
  return [context(`*Your tasks*${more}: update any that have moved.`), ...shown.flatMap(taskBlocks)];
}

const WIN_KEY = 'win';
const BLOCKERS_KEY = 'blockers';
export const PRIVACY_HINT =
  '🔒 Coalition-level only: no names or details about a particular child or family. The private note reaches coordinators only.';

/** The author's choice to have their win celebrated in the channel; never automatic, and kept when editing. */
function shareWinBlock(chosen: boolean): types.InputBlock {
  const share = { text: plainText('Share my win in the coalition channel'), value: 'share' };
  return {
    type: 'input',
    block_id: CHECKIN_SHARE_WIN_BLOCK.block,
    optional: true,
    label: plainText('Celebrate it?'),
    element: {
      type: 'checkboxes',
      action_id: CHECKIN_SHARE_WIN_BLOCK.action,
      options: [share],
      ...(chosen ? { initial_options: [share] } : {}),
    },
  };
}

/** Last time's blocker, still open: ticked means it stays in the digest with its offers; unticked resolves it. */
function stillBlockingBlock(blocker: { id: number; text: string }): types.InputBlock {
  const still = { text: plainText('Yes, still stuck on this'), value: 'still' };
  return {
    type: 'input',
    block_id: CHECKIN_STILL_BLOCKED_BLOCK.block,
    optional: true,
    label: plainText(`Still blocking you? Last time: “${blocker.text}”`, 2000),
    hint: plainText('Untick it if it is sorted: it then leaves the digest.', 2000),
    element: {
      type: 'checkboxes',
      action_id: CHECKIN_STILL_BLOCKED_BLOCK.action,
      options: [still],
      initial_options: [still],
    },
  };
}

/** Shown only beside a field the privacy scan flagged: lets a partner say why the detail is fine to keep. */
function overrideBlocks(message: string): Block[] {
  return [
    context(`⚠️ ${escapeMrkdwn(message)}`),
    {
      type: 'input',
      block_id: CHECKIN_OVERRIDE_BLOCK.block,
      optional: true,
      label: plainText('If it is fine, say why'),
      hint: plainText('Otherwise change the answer above. Details about a particular child are never fine here.', 2000),
      element: {
        type: 'static_select',
        action_id: CHECKIN_OVERRIDE_BLOCK.action,
        placeholder: plainText('Choose why it is fine'),
        options: Object.entries(OVERRIDE_REASONS).map(([value, text]) => ({ text: plainText(text), value })),
      },
    },
  ];
}

function questionBlocks(form: CheckinForm, question: Question, flaggedFirst: string | undefined): Block[] {
  const flag = form.flagged?.[question.key];
  return [
    ...(question.key === BLOCKERS_KEY && form.earlierBlocker ? [stillBlockingBlock(form.earlierBlocker)] : []),
    questionBlock(question, form.answers[question.key]),
    ...(flag && question.key === flaggedFirst
      ? overrideBlocks(flag)
      : flag
        ? [context(`⚠️ ${escapeMrkdwn(flag)}`)]
        : []),
    ...(question.key === WIN_KEY ? [shareWinBlock(form.shareWin)] : []),
  ];
}

export function checkinModal(form: CheckinForm): types.ModalView {
  const when = slackDate(form.cycle.cycleDate);
  const lead = form.late
    ? `This check-in (${when}) has closed, but a late answer is still welcome: it will be marked late.`
    : `*${escapeMrkdwn(form.coalitionName)}*, check-in for ${when}. Short answers are perfect.`;
  const flaggedFirst = form.questions.find((question) => form.flagged?.[question.key])?.key;
  const blocks: Block[] = [
    context(lead),
    context(PRIVACY_HINT),
    ...form.questions.flatMap((question) => questionBlocks(form, question, flaggedFirst)),
    ...tasksSection(form.tasks),
    // A flagged task note has no question to sit beside: the reason select follows the tasks.
    ...(form.flagged && !flaggedFirst && Object.keys(form.flagged).length > 0
      ? overrideBlocks(Object.values(form.flagged)[0] ?? '')
      : []),
  ];
  return {
    type: 'modal',
    callback_id: VIEWS.checkin,
    private_metadata: JSON.stringify({ cycleId: form.cycle.id, ...(form.fromHome ? { fromHome: true } : {}) }),
    title: plainText('Check-in', 24),
    submit: plainText((form.editing ?? Object.keys(form.answers).length > 0) ? 'Save changes' : 'Send', 24),
    close: plainText('Cancel', 24),
    blocks,
  };
}
