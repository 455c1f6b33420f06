import { PRIVACY_ACTIONS } from '../ids.js';
import { button, context, escapeMrkdwn, type SlackMessage, section } from './elements.js';

export function eraseConfirmMessage(input: { coalitionId: number; userId: string; displayName: string }): SlackMessage {
  const text = `Erase <@${input.userId}>’s data from this coalition? Their name becomes “Former member (their organisation)”, their check-in answers and notes are deleted, and they leave the roster. This cannot be undone.`;
  return {
    text,
    blocks: [
      section(text),
      {
        type: 'actions',
        block_id: 'erase_actions',
        elements: [
          button('Yes, erase', PRIVACY_ACTIONS.confirmErase, `${input.coalitionId}:${input.userId}`, 'danger'),
        ],
      },
      context(`Asked about: ${escapeMrkdwn(input.displayName)}. Ignore this message to cancel.`),
    ],
  };
}
