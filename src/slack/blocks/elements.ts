import type { types } from '@slack/bolt';

export type Block = types.KnownBlock;

// Slack rejects a section over 3000 characters; keep a margin for the ellipsis.
export const SECTION_TEXT_LIMIT = 3000;

export function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

export function section(text: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(text, SECTION_TEXT_LIMIT) } };
}

export function header(text: string): types.HeaderBlock {
  return { type: 'header', text: { type: 'plain_text', text: truncate(text, 150), emoji: true } };
}

export function context(text: string): types.ContextBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, SECTION_TEXT_LIMIT) }] };
}

export function divider(): types.DividerBlock {
  return { type: 'divider' };
}

export function plainText(text: string, limit = 75): types.PlainTextElement {
  return { type: 'plain_text', text: truncate(text, limit), emoji: true };
}

export function button(text: string, actionId: string, value?: string, style?: 'primary' | 'danger'): types.Button {
  return {
    type: 'button',
    text: plainText(text),
    action_id: actionId,
    ...(value === undefined ? {} : { value }),
    ...(style ? { style } : {}),
  };
}

/** Escapes text from people before it goes into mrkdwn, so it cannot fake mentions or links. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface SlackMessage {
  text: string;
  blocks: Block[];
}
