import type { types } from '@slack/bolt';
import { AWAY_BLOCKS, VIEWS } from '../ids.js';
import { context, plainText } from './elements.js';

/** `fromHome`: opened from the App Home, which is redrawn once saved. */
export function awayModal(input: { coalitionId: number; today: string; fromHome?: boolean }): types.ModalView {
  return {
    type: 'modal',
    callback_id: VIEWS.away,
    private_metadata: JSON.stringify({
      coalitionId: input.coalitionId,
      from: input.today,
      ...(input.fromHome ? { fromHome: true } : {}),
    }),
    title: plainText('Away', 24),
    submit: plainText('Save', 24),
    close: plainText('Cancel', 24),
    blocks: [
      context('No check-ins or reminders while you are away, and you will show as away, not missed.'),
      {
        type: 'input',
        block_id: AWAY_BLOCKS.until.block,
        label: plainText('I’m away until (and including)'),
        element: { type: 'datepicker', action_id: AWAY_BLOCKS.until.action, initial_date: input.today },
      },
    ],
  };
}
