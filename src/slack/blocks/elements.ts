import type { types } from '@slack/bolt';
import { plainTextSafe } from './escape.js';

export { escapeMrkdwn, plainTextSafe } from './escape.js';

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
  return { type: 'header', text: { type: 'plain_text', text: truncate(plainTextSafe(text), 150), emoji: true } };
}

export function context(text: string): types.ContextBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, SECTION_TEXT_LIMIT) }] };
}

export function divider(): types.DividerBlock {
  return { type: 'divider' };
}

/** Every plain_text object goes through here, so people's text in titles, labels and options is made safe once. */
export function plainText(text: string, limit = 75): types.PlainTextElement {
  return { type: 'plain_text', text: truncate(plainTextSafe(text), limit), emoji: true };
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

export interface SlackMessage {
  text: string;
  blocks: Block[];
}
