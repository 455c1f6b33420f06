import type { types } from '@slack/bolt';
import type { Digest } from '../../domain/digest.js';
import { MAX_FRIENDLY_NOTE } from '../../services/friendly-notes.js';
import { FRIENDLY_NOTE } from '../ids.js';
import { digestSummary } from './digest-message.js';
import { context, plainText, type SlackMessage, section } from './elements.js';
import { escapeMrkdwn } from './escape.js';

/** A coordinator writes their own note to a quiet partner; a warm start they can change or replace. */
export function friendlyNoteModal(input: {
  coalitionId: number;
  coalitionName: string;
  partnerUserId: string;
  partnerName: string;
}): types.ModalView {
  const firstName = input.partnerName.split(/\s+/)[0] ?? input.partnerName;
  return {
    type: 'modal',
    callback_id: FRIENDLY_NOTE.view,
    private_metadata: JSON.stringify({ coalitionId: input.coalitionId, partnerUserId: input.partnerUserId }),
    title: plainText('A friendly note', 24),
    submit: plainText('Send', 24),
    close: plainText('Cancel', 24),
    blocks: [
      context(
        `Only ${escapeMrkdwn(input.partnerName)} will see this, as a DM from me on your behalf. It is not stored and never appears in the channel.`,
      ),
      {
        type: 'input',
        block_id: FRIENDLY_NOTE.block,
        label: plainText(`Your note to ${input.partnerName}`),
        element: {
          type: 'plain_text_input',
          action_id: FRIENDLY_NOTE.action,
          multiline: true,
          max_length: MAX_FRIENDLY_NOTE,
          initial_value: `Hi ${firstName}, we've missed you at the last few ${input.coalitionName} check-ins. No pressure at all: is there a better time of day for you, or anything we could make easier?`,
        },
      },
    ],
  };
}

/** The note as the partner receives it: from the coordinator, by name, with a way to reply to them directly. */
export function friendlyNoteMessage(input: { fromUserId: string; coalitionName: string; text: string }): SlackMessage {
  return {
    text: escapeMrkdwn(`A note from your ${input.coalitionName} coordinator`),
    blocks: [
      section(`💬 *A note from <@${input.fromUserId}>*, who coordinates ${escapeMrkdwn(input.coalitionName)}:`),
      section(escapeMrkdwn(input.text)),
      context('Just between you two: reply to them directly whenever suits you.'),
    ],
  };
}

/** The digest as it would be posted now, shown only to the coordinator who asked. */
export function digestPreviewModal(digest: Digest): types.ModalView {
  const { blocks } = digestSummary(digest);
  return {
    type: 'modal',
    title: plainText('Digest preview', 24),
    close: plainText('Close', 24),
    blocks: [context('Only you see this preview. The digest posts itself when the check-in closes.'), ...blocks],
  };
}

/** A short answer where there is no message to reply to (a refusal from the Home tab). */
export function noticeModal(message: SlackMessage): types.ModalView {
  return {
    type: 'modal',
    title: plainText('Coalition Check-ins', 24),
    close: plainText('OK', 24),
    blocks: message.blocks,
  };
}

/** What happened to a friendly note, shown in its form once sent. */
export function friendlyNoteStatus(state: 'sending' | 'sent' | 'failed', partnerUserId: string): SlackMessage {
  const text = {
    sending: `Sending your note to <@${partnerUserId}>…`,
    sent: `✅ Sent to <@${partnerUserId}>. Thank you for reaching out.`,
    failed: `Sorry, Slack would not let me deliver your note to <@${partnerUserId}>. You could message them directly.`,
  }[state];
  return { text, blocks: [section(text)] };
}
