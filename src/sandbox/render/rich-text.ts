import type { RenderContext } from './context.js';
import { emojiFor } from './emoji.js';
import { attrs, escapeHtml, safeUrl } from './html.js';
import { angleToken } from './mrkdwn.js';
import { asArray, isObject, type Json, str } from './text.js';

// rich_text blocks (https://api.slack.com/reference/block-kit/blocks#rich_text): sections, lists, quotes and
// preformatted text, made of styled text runs, links, emoji, mentions and dates.

function styled(html: string, style: unknown): string {
  if (!isObject(style)) return html;
  let out = html;
  if (style.code) out = `<code>${out}</code>`;
  if (style.strike) out = `<s>${out}</s>`;
  if (style.italic) out = `<i>${out}</i>`;
  if (style.bold) out = `<b>${out}</b>`;
  return out;
}

function runHtml(run: Json, ctx: RenderContext): string {
  const text = str(run.text);
  switch (run.type) {
    case 'text':
      return styled(escapeHtml(text).replace(/\n/g, '<br>'), run.style);
    case 'link': {
      const href = safeUrl(str(run.url));
      const label = escapeHtml(text || str(run.url));
      return styled(
        href ? `<a${attrs({ href, target: '_blank', rel: 'noopener noreferrer' })}>${label}</a>` : label,
        run.style,
      );
    }
    case 'emoji':
      return escapeHtml(emojiFor(str(run.name)) ?? `:${str(run.name)}:`);
    case 'user':
      return angleToken(`@${str(run.user_id)}`, ctx);
    case 'channel':
      return angleToken(`#${str(run.channel_id)}`, ctx);
    case 'usergroup':
      return angleToken(`!subteam^${str(run.usergroup_id)}`, ctx);
    case 'broadcast':
      return angleToken(`!${str(run.range)}`, ctx);
    case 'date':
      return angleToken(`!date^${String(run.timestamp)}^${str(run.format)}|${str(run.fallback)}`, ctx);
    default:
      return escapeHtml(text);
  }
}

const runs = (element: Json, ctx: RenderContext) =>
  asArray(element.elements)
    .map((run) => runHtml(run, ctx))
    .join('');

function richElementHtml(element: Json, ctx: RenderContext): string {
  switch (element.type) {
    case 'rich_text_section':
      return `<p class="bk-rich-section">${runs(element, ctx)}</p>`;
    case 'rich_text_quote':
      return `<blockquote>${runs(element, ctx)}</blockquote>`;
    case 'rich_text_preformatted':
      return `<pre>${runs(element, ctx)}</pre>`;
    case 'rich_text_list': {
      const tag = element.style === 'ordered' ? 'ol' : 'ul';
      const items = asArray(element.elements).map((item) => `<li>${runs(item, ctx)}</li>`);
      const indent = typeof element.indent === 'number' ? element.indent : 0;
      return `<${tag}${attrs({ class: 'bk-rich-list', 'data-indent': indent || undefined })}>${items.join('')}</${tag}>`;
    }
    default:
      return `<span class="bk-unknown" role="note">Unsupported rich text: ${escapeHtml(str(element.type) || 'unknown')}</span>`;
  }
}

export function richTextHtml(block: Json, ctx: RenderContext): string {
  return `<div class="bk-rich-text">${asArray(block.elements)
    .map((element) => richElementHtml(element, ctx))
    .join('')}</div>`;
}
