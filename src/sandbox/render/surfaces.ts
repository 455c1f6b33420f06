import { type BlockOptions, blocksHtml } from './blocks.js';
import { emojiFor } from './emoji.js';
import { attrs, domId, escapeHtml } from './html.js';
import { mrkdwnToHtml } from './mrkdwn.js';
import { type Json, str, textPlain } from './text.js';

export interface ReactionView {
  name: string;
  count: number;
  /** True when the reader is among those who reacted. */
  mine: boolean;
}

export interface MessageView {
  channel: string;
  ts: string;
  author: string;
  /** The app's own messages get an APP tag, as in Slack. */
  fromApp: boolean;
  text: string;
  blocks: unknown[] | undefined;
  /** "Only visible to you": ephemeral messages and ephemeral command responses. */
  onlyYou: boolean;
  edited: boolean;
  /** Local time of posting, already formatted for the reader. */
  time: string;
  reactions: ReactionView[];
  replies: MessageView[];
}

function reactionsHtml(message: MessageView): string {
  const chips = message.reactions.map((reaction) => {
    const glyph = emojiFor(reaction.name) ?? `:${reaction.name}:`;
    const label = `${reaction.name} reaction, ${reaction.count}${reaction.mine ? ', including you' : ''}`;
    return `<button type="button" class="reaction${reaction.mine ? ' mine' : ''}"${attrs({
      'data-react': reaction.name,
      'aria-pressed': reaction.mine ? 'true' : 'false',
      'aria-label': label,
    })}>${escapeHtml(glyph)} ${reaction.count}</button>`;
  });
  const add = `<button type="button" class="reaction-add" data-react-menu aria-haspopup="true" aria-label="Add reaction">☺︎+</button>`;
  return `<div class="reactions">${chips.join('')}${add}</div>`;
}

/** One message with its reactions and, for a thread parent, its replies in a disclosure. */
export function messageHtml(message: MessageView, options: BlockOptions): string {
  const ctx = { ...options.ctx, idPrefix: domId('m', message.channel, message.ts) };
  const body =
    message.blocks && message.blocks.length > 0
      ? blocksHtml(message.blocks, { ...options, ctx })
      : `<div class="msg-text">${mrkdwnToHtml(message.text, ctx)}</div>`;
  const tag = message.fromApp ? ' <span class="app-tag">APP</span>' : '';
  const onlyYou = message.onlyYou ? '<div class="only-you">Only visible to you</div>' : '';
  const edited = message.edited ? ' <span class="edited">(edited)</span>' : '';
  const replies =
    message.replies.length > 0
      ? `<details class="thread"><summary>${message.replies.length} ${message.replies.length === 1 ? 'reply' : 'replies'}</summary><div class="thread-replies" role="list">${message.replies
          .map((reply) => `<div role="listitem">${messageHtml(reply, options)}</div>`)
          .join('')}</div></details>`
      : '';
  return `<article class="message${message.onlyYou ? ' ephemeral' : ''}"${attrs({
    'data-channel': message.channel,
    'data-ts': message.ts,
    'aria-label': `${message.author} at ${message.time}`,
  })}>${onlyYou}<header class="msg-head"><span class="author">${escapeHtml(message.author)}</span>${tag} <span class="time">${escapeHtml(message.time)}</span>${edited}</header><div class="msg-body">${body}</div>${message.onlyYou ? '' : reactionsHtml(message)}${replies}</article>`;
}

export interface ModalState {
  view: Json & { id: string };
  errors?: Record<string, string>;
  kept?: Record<string, Record<string, string[]>>;
  /** A pushed view shows "Back" to the one below it. */
  depth: number;
}

/** The top modal of a person's stack: a dialog named by its title, with Slack's close and submit buttons. */
export function modalHtml(modal: ModalState, options: BlockOptions): string {
  const { view } = modal;
  const titleId = domId('modal-title', view.id);
  const ctx = { ...options.ctx, idPrefix: domId('v', view.id) };
  const blocks = blocksHtml(view.blocks, { ctx, errors: modal.errors ?? {}, kept: modal.kept ?? {} });
  const closeText = textPlain(view.close) || (modal.depth > 1 ? 'Back' : 'Close');
  const submit =
    view.submit === undefined || view.submit === null
      ? ''
      : `<button type="submit" class="bk-button bk-primary">${escapeHtml(textPlain(view.submit))}</button>`;
  const back = modal.depth > 1 ? `<span class="modal-depth">${modal.depth} of ${modal.depth}</span>` : '';
  return `<div class="modal-layer"><section class="modal" role="dialog" aria-modal="true"${attrs({
    'aria-labelledby': titleId,
    'data-view-id': view.id,
  })}><header class="modal-head"><h2${attrs({ id: titleId })}>${escapeHtml(textPlain(view.title) || 'App')}</h2>${back}</header><form class="modal-form" novalidate${attrs(
    {
      'data-view-id': view.id,
    },
  )}><div class="modal-body">${blocks}</div><footer class="modal-foot"><button type="button" class="bk-button" data-close-view${attrs(
    {
      'data-view-id': view.id,
    },
  )}>${escapeHtml(closeText)}</button>${submit}</footer></form></section></div>`;
}

export function homeHtml(view: Json | undefined, options: BlockOptions): string {
  if (!view) return '<p class="empty">The app has not published a Home tab for you yet.</p>';
  const ctx = { ...options.ctx, idPrefix: domId('home', str(view.id)) };
  return `<div class="home-view" data-view-id="${escapeHtml(str(view.id))}">${blocksHtml(view.blocks, { ...options, ctx })}</div>`;
}
