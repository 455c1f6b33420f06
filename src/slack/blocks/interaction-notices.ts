import type { types } from '@slack/bolt';
import { plainText, type SlackMessage, section } from './elements.js';

/** Why an interaction was answered without being acted on; each has its own plain words. */
export type NoticeReason = 'unreadable' | 'retired' | 'failed' | 'outsider';

const WORDS: Record<NoticeReason, string> = {
  unreadable:
    'Sorry, I could not read that, so nothing was changed. Please try again from a fresh message, or type `/coalition help`.',
  retired:
    'That button or form is from an older version of Coalition Check-ins, so nothing was changed. Please start again from `/coalition help`.',
  failed:
    'Sorry, something went wrong on my side and nothing was changed. Please try again in a minute; if it keeps happening, let your coordinator know.',
  outsider:
    'That belongs to a coalition you are not part of, so I left it as it was. If you should be in it, ask one of its coordinators to add you.',
};

export function noticeText(reason: NoticeReason): string {
  return WORDS[reason];
}

export function noticeMessage(reason: NoticeReason): SlackMessage {
  return { text: WORDS[reason], blocks: [section(WORDS[reason])] };
}

/** Replaces a submitted form with the notice, for forms that have no field to show an error beside. */
export function noticeModal(reason: NoticeReason): types.ModalView {
  return {
    type: 'modal',
    title: plainText('Coalition Check-ins', 24),
    close: plainText('Close', 24),
    blocks: [section(WORDS[reason])],
  };
}
