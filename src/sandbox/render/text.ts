import type { RenderContext } from './context.js';
import { mrkdwnToHtml, plainTextToHtml } from './mrkdwn.js';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const asArray = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

export const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A text object (`plain_text` or `mrkdwn`) as HTML; a bare string is treated as plain text. */
export function textHtml(text: unknown, ctx: RenderContext): string {
  if (typeof text === 'string') return plainTextToHtml(text);
  if (!isObject(text)) return '';
  if (text.type === 'mrkdwn' && text.verbatim !== true) return mrkdwnToHtml(str(text.text), ctx);
  if (text.type === 'mrkdwn') return plainTextToHtml(str(text.text), false);
  return plainTextToHtml(str(text.text), text.emoji !== false);
}

/** A text object's words without markup, for accessible names and option labels. */
export function textPlain(text: unknown): string {
  if (typeof text === 'string') return text;
  return isObject(text) ? str(text.text) : '';
}
