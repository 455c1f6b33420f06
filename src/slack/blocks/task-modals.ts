import type { types } from '@slack/bolt';
import { STATUS_LABELS, type TaskStatus } from '../../domain/tasks.js';
import { ASSIGN_ACTION, ASSIGN_BLOCKS, TASK_NOTE_BLOCK, TASK_VIEWS } from '../ids.js';
import { context, plainText } from './elements.js';
import { escapeMrkdwn } from './escape.js';

const NO_CHILD_DETAILS = 'Coalition-level only: no details about a particular child or family.';

/** Asks why, for the statuses where the coalition needs to know (and for handing a task back). */
export function taskNoteModal(input: {
  taskId: number;
  ref: string;
  title: string;
  status: TaskStatus | 'declined';
  /** The owner's task DM this came from, redrawn in place once the note is in. */
  dm?: { channel: string; ts: string } | undefined;
}): types.ModalView {
  const declining = input.status === 'declined';
  const question = declining
    ? 'Why can’t you take it on?'
    : input.status === 'blocked'
      ? 'What’s in the way? (the coordinator who assigned it will see this)'
      : 'What’s happening?';
  return {
    type: 'modal',
    callback_id: declining ? TASK_VIEWS.decline : TASK_VIEWS.note,
    private_metadata: JSON.stringify({
      taskId: input.taskId,
      status: input.status,
      ...(input.dm ? { dm: input.dm } : {}),
    }),
    title: plainText(
      declining ? 'Hand back a task' : `Mark ${STATUS_LABELS[input.status as TaskStatus].toLowerCase()}`,
      24,
    ),
    submit: plainText('Send', 24),
    close: plainText('Cancel', 24),
    blocks: [
      context(`*${input.ref}* ${escapeMrkdwn(input.title)}`),
      {
        type: 'input',
        block_id: TASK_NOTE_BLOCK.block,
        label: plainText(question),
        hint: plainText(NO_CHILD_DETAILS, 2000),
        element: { type: 'plain_text_input', action_id: TASK_NOTE_BLOCK.action, multiline: true, max_length: 500 },
      },
    ],
  };
}

export function assignModal(input: { coalitionId: number }): types.ModalView {
  const field = (
    blockId: string,
    label: string,
    element: types.InputBlock['element'],
    optional = false,
  ): types.InputBlock => ({
    type: 'input',
    block_id: blockId,
    label: plainText(label),
    optional,
    element,
  });
  return {
    type: 'modal',
    callback_id: TASK_VIEWS.assign,
    private_metadata: JSON.stringify({ coalitionId: input.coalitionId }),
    title: plainText('Assign a task', 24),
    submit: plainText('Assign', 24),
    close: plainText('Cancel', 24),
    blocks: [
      field(ASSIGN_BLOCKS.title, 'Task', {
        type: 'plain_text_input',
        action_id: ASSIGN_ACTION,
        max_length: 150,
        placeholder: plainText('e.g. Draft the referral pathway leaflet'),
      }),
      field(ASSIGN_BLOCKS.owner, 'Owner', {
        type: 'users_select',
        action_id: ASSIGN_ACTION,
        placeholder: plainText('Who will own it?'),
      }),
      field(
        ASSIGN_BLOCKS.organisation,
        'Organisation',
        {
          type: 'plain_text_input',
          action_id: ASSIGN_ACTION,
          max_length: 80,
          placeholder: plainText('Defaults to the owner’s organisation'),
        },
        true,
      ),
      field(ASSIGN_BLOCKS.due, 'Due date', { type: 'datepicker', action_id: ASSIGN_ACTION }, true),
      field(
        ASSIGN_BLOCKS.milestone,
        'Milestone it counts towards',
        { type: 'plain_text_input', action_id: ASSIGN_ACTION, max_length: 10, placeholder: plainText('e.g. M-3') },
        true,
      ),
      field(
        ASSIGN_BLOCKS.notes,
        'Notes',
        { type: 'plain_text_input', action_id: ASSIGN_ACTION, multiline: true, max_length: 500 },
        true,
      ),
      context(NO_CHILD_DETAILS),
    ],
  };
}
