import type { RenderContext } from './context.js';
import { formatSlackDate, splitOnce } from './dates.js';
import { emojiFor } from './emoji.js';
import { attrs, escapeHtml, safeUrl } from './html.js';

// Slack's mrkdwn (https://api.slack.com/reference/surfaces/formatting) as HTML. Text arrives with &, < and >
// escaped as entities; it is decoded, then escaped again for HTML, so nothing in a message can become markup.

const PLACEHOLDER = /\uE000(\d+)\uE001/g;
const PRIVATE_USE = /[\uE000\uE001]/g;

export function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function emojify(escaped: string): string {
  return escaped.replace(/:([a-z0-9_+'-]+(?:::skin-tone-\d)?):/g, (whole, name: string) => emojiFor(name) ?? whole);
}

/** Plain text (`plain_text` objects): escaped, line breaks kept, and emoji shortcodes when `emoji` is not false. */
export function plainTextToHtml(text: string, emoji = true): string {
  const escaped = escapeHtml(text).replace(/\n/g, '<br>');
  return emoji ? emojify(escaped) : escaped;
}

function mention(kind: string, id: string, label: string): string {
  return `<span class="mention mention-${kind}"${attrs({ 'data-id': id })}>${escapeHtml(label)}</span>`;
}

function link(url: string, label: string): string {
  const href = safeUrl(url);
  const text = escapeHtml(label);
  return href ? `<a${attrs({ href, target: '_blank', rel: 'noopener noreferrer' })}>${text}</a>` : text;
}

/** One `<…>` token: a mention, a special word, a date, or a link; anything else is shown as the text it is. */
export function angleToken(inner: string, ctx: RenderContext): string {
  const [target, label] = splitOnce(inner, '|');
  const decodedLabel = label === undefined ? undefined : decodeEntities(label);
  if (target.startsWith('@')) {
    const id = target.slice(1);
    return mention('user', id, `@${decodedLabel ?? ctx.users.get(id) ?? id}`);
  }
  if (target.startsWith('#')) {
    const id = target.slice(1);
    return mention('channel', id, `#${decodedLabel ?? ctx.channels.get(id) ?? id}`);
  }
  if (target.startsWith('!date^')) {
    const { text, link: href } = formatSlackDate(inner.slice(1), ctx);
    const shown = decodeEntities(text);
    return `<time>${href ? link(href, shown) : escapeHtml(shown)}</time>`;
  }
  if (target.startsWith('!subteam^')) return mention('group', target.slice(9), decodedLabel ?? '@group');
  if (/^!(here|channel|everyone)$/.test(target)) return mention('broadcast', target.slice(1), `@${target.slice(1)}`);
  if (/^(https?:|mailto:)/i.test(target)) {
    const url = decodeEntities(target);
    return link(url, decodedLabel ?? url.replace(/^mailto:/i, ''));
  }
  return escapeHtml(`<${decodeEntities(inner)}>`);
}

const FORMATS: Array<[RegExp, string]> = [
  [/(^|[^\w*])\*(?!\s)([^*\n]*?[^\s*])\*(?!\w)/g, '$1<b>$2</b>'],
  [/(^|[^\w_])_(?!\s)([^_\n]*?[^\s_])_(?!\w)/g, '$1<i>$2</i>'],
  [/(^|[^\w~])~(?!\s)([^~\n]*?[^\s~])~(?!\w)/g, '$1<s>$2</s>'],
];

/** One line of mrkdwn: code spans and `<…>` tokens are set aside first, so formatting never reaches inside them. */
export function inlineMrkdwn(line: string, ctx: RenderContext): string {
  const setAside: string[] = [];
  const keep = (html: string) => `\uE000${setAside.push(html) - 1}\uE001`;
  const protectedText = line
    .replace(PRIVATE_USE, '')
    .replace(/`([^`\n]+)`/g, (_whole, code: string) => keep(`<code>${escapeHtml(decodeEntities(code))}</code>`))
    .replace(/<([^<>\n]+)>/g, (_whole, inner: string) => keep(angleToken(inner, ctx)));
  let html = emojify(escapeHtml(decodeEntities(protectedText)));
  for (const [pattern, replacement] of FORMATS) html = html.replace(pattern, replacement);
  return html.replace(PLACEHOLDER, (_whole, index: string) => setAside[Number(index)] ?? '');
}

type LineGroup = { kind: 'text' | 'quote' | 'bullet' | 'number'; lines: string[] };

const QUOTE = /^(?:&gt;|>)\s?/;
const BULLET = /^\s*[•◦▪\-*]\s+/;
const NUMBERED = /^\s*\d+[.)]\s+/;

function kindOf(line: string): LineGroup['kind'] {
  if (QUOTE.test(line)) return 'quote';
  if (BULLET.test(line) && !/^\s*\*[^*\s][^*]*\*/.test(line)) return 'bullet';
  if (NUMBERED.test(line)) return 'number';
  return 'text';
}

function groupLines(text: string): LineGroup[] {
  const groups: LineGroup[] = [];
  for (const line of text.split('\n')) {
    const kind = kindOf(line);
    const last = groups.at(-1);
    if (last && last.kind === kind) last.lines.push(line);
    else groups.push({ kind, lines: [line] });
  }
  return groups;
}

function renderGroup(group: LineGroup, ctx: RenderContext): string {
  const inline = (line: string) => inlineMrkdwn(line, ctx);
  if (group.kind === 'quote')
    return `<blockquote>${group.lines.map((line) => inline(line.replace(QUOTE, ''))).join('<br>')}</blockquote>`;
  if (group.kind === 'bullet')
    return `<ul>${group.lines.map((line) => `<li>${inline(line.replace(BULLET, ''))}</li>`).join('')}</ul>`;
  if (group.kind === 'number')
    return `<ol>${group.lines.map((line) => `<li>${inline(line.replace(NUMBERED, ''))}</li>`).join('')}</ol>`;
  return group.lines.map(inline).join('<br>');
}

/** A whole mrkdwn text: ``` blocks, quotes, lists and lines, each escaped. */
export function mrkdwnToHtml(text: string, ctx: RenderContext): string {
  return text
    .split(/```/)
    .map((segment, index) => {
      if (index % 2 === 1) return `<pre>${escapeHtml(decodeEntities(segment.replace(/^\n|\n$/g, '')))}</pre>`;
      const trimmed = index > 0 ? segment.replace(/^\n/, '') : segment;
      return groupLines(trimmed)
        .map((group) => renderGroup(group, ctx))
        .join('<br>');
    })
    .join('')
    .replace(/(<br>)+(<(?:ul|ol|blockquote|pre)>)/g, '$2')
    .replace(/(<\/(?:ul|ol|blockquote|pre)>)(<br>)+/g, '$1');
}
