import type { types } from '@slack/bolt';
import { type Goal, goalRef } from '../../domain/goals.js';
import { GOAL_ACTION, GOAL_BLOCKS, GOAL_VIEWS } from '../ids.js';
import { context, plainText, truncate } from './elements.js';

const NO_CHILD_DETAILS = 'Coalition-level only: no details about a particular child or family.';

function input(
  blockId: string,
  label: string,
  element: types.InputBlock['element'],
  optional = false,
): types.InputBlock {
  return { type: 'input', block_id: blockId, label: plainText(label), optional, element };
}

export function goalModal(coalitionId: number): types.ModalView {
  return {
    type: 'modal',
    callback_id: GOAL_VIEWS.goal,
    private_metadata: JSON.stringify({ coalitionId }),
    title: plainText('Add a shared goal', 24),
    submit: plainText('Add', 24),
    close: plainText('Cancel', 24),
    blocks: [
      input(GOAL_BLOCKS.title, 'Goal', {
        type: 'plain_text_input',
        action_id: GOAL_ACTION,
        max_length: 150,
        placeholder: plainText('e.g. Every school has a named safeguarding lead'),
      }),
      context(NO_CHILD_DETAILS),
    ],
  };
}

export function milestoneModal(coalitionId: number, goals: Goal[]): types.ModalView {
  const options = goals
    .slice(0, 100)
    .map((goal) => ({ text: plainText(truncate(`${goalRef(goal)} ${goal.title}`, 75)), value: String(goal.number) }));
  return {
    type: 'modal',
    callback_id: GOAL_VIEWS.milestone,
    private_metadata: JSON.stringify({ coalitionId }),
    title: plainText('Add a milestone', 24),
    submit: plainText('Add', 24),
    close: plainText('Cancel', 24),
    blocks: [
      input(GOAL_BLOCKS.goal, 'Goal', {
        type: 'static_select',
        action_id: GOAL_ACTION,
        options,
        placeholder: plainText('Which goal is it part of?'),
      }),
      input(GOAL_BLOCKS.milestoneTitle, 'Milestone', {
        type: 'plain_text_input',
        action_id: GOAL_ACTION,
        max_length: 150,
        placeholder: plainText('e.g. 20 of 20 schools confirmed'),
      }),
      input(GOAL_BLOCKS.target, 'Target (a number to reach)', {
        type: 'number_input',
        action_id: GOAL_ACTION,
        is_decimal_allowed: false,
        min_value: '1',
        initial_value: '1',
      }),
      input(GOAL_BLOCKS.by, 'By', { type: 'datepicker', action_id: GOAL_ACTION }, true),
      context(NO_CHILD_DETAILS),
    ],
  };
}
