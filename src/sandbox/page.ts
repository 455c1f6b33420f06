import { APP_NAME } from './page-model.js';
import type { RenderContext } from './render/context.js';
import { emojiFor, REACTION_CHOICES } from './render/emoji.js';
import { attrs, escapeHtml } from './render/html.js';
import { homeHtml, type MessageView, type ModalState, messageHtml, modalHtml } from './render/surfaces.js';
import type { Json } from './render/text.js';

// The sandbox page: Slack's layout in miniature, rendered on the server from what the simulator holds.

export type Tab = 'channel' | 'dm' | 'home';

export interface PageModel {
  viewer: { id: string; name: string; tz: string };
  people: Array<{ id: string; name: string; role: string }>;
  tab: Tab;
  channel: { id: string; name: string };
  dmId: string;
  messages: MessageView[];
  home: Json | undefined;
  modal: ModalState | undefined;
  /** The sandbox time, in the viewer's zone. */
  clock: string;
  /** What the heartbeat is due to do next, when the app knows (task reminders are found only by moving on). */
  next: string | undefined;
  notice: string[];
  ctx: RenderContext;
}

const COMMAND_HINTS = ['help', 'checkin', 'tasks', 'goals', 'partners', 'schedule show', 'digest preview'];

function link(model: PageModel, tab: Tab, label: string): string {
  const current = model.tab === tab ? { 'aria-current': 'page' } : {};
  return `<a${attrs({ href: `/?as=${encodeURIComponent(model.viewer.id)}&tab=${tab}`, ...current })}>${escapeHtml(label)}</a>`;
}

function switcher(model: PageModel): string {
  const options = model.people
    .map(
      (person) =>
        `<option${attrs({ value: person.id, selected: person.id === model.viewer.id })}>${escapeHtml(`${person.name} (${person.role})`)}</option>`,
    )
    .join('');
  return `<label class="you-are" for="you-are">You are</label><select id="you-are" data-you-are>${options}</select>`;
}

function timeBar(model: PageModel): string {
  return `<div class="time" role="group" aria-label="Time"><span class="clock">Sandbox time: <time>${escapeHtml(model.clock)}</time> <span class="zone">(${escapeHtml(model.viewer.tz)})</span></span>
<button type="button" data-time="next"${attrs({ 'aria-describedby': model.next ? 'next-event' : undefined })}>Advance to the next event</button><button type="button" data-time="hour">+1 hour</button><button type="button" data-time="day">+1 day</button>${
    model.next ? `<span class="next-event" id="next-event">Next due: ${escapeHtml(model.next)}</span>` : ''
  }</div>`;
}

function resetControl(): string {
  return `<button type="button" class="reset" data-reset data-confirm="reset-confirm">Reset sandbox</button>
<div class="bk-confirm" role="alertdialog" aria-modal="true" id="reset-confirm" aria-labelledby="reset-confirm-t" hidden><h3 id="reset-confirm-t">Start the sandbox over?</h3><div class="bk-confirm-text">Everything done here is cleared and the demo coalition is set up again.</div><div class="bk-confirm-buttons"><button type="button" class="bk-button" data-confirm-answer="no">Cancel</button><button type="button" class="bk-button bk-danger" data-confirm-answer="yes">Reset sandbox</button></div></div>`;
}

function composer(model: PageModel, channelId: string, name: string): string {
  const hints = COMMAND_HINTS.map((hint) => `<code>/coalition ${escapeHtml(hint)}</code>`).join(' ');
  return `<form class="composer" data-composer${attrs({ 'data-channel': channelId })}><textarea id="composer" rows="2"${attrs(
    {
      'aria-label': `Message ${name}`,
      placeholder: `Message ${name}`,
      'aria-describedby': 'composer-hint',
    },
  )}></textarea><button type="submit">Send</button><p id="composer-hint" class="hint">Send a slash command as ${escapeHtml(model.viewer.name)}: ${hints}</p></form>`;
}

function reactionMenu(): string {
  const choices = REACTION_CHOICES.map(
    (name) =>
      `<button type="button"${attrs({ 'data-react-choice': name, 'aria-label': `React with ${name}` })}>${emojiFor(name) ?? name}</button>`,
  ).join('');
  return `<div class="reaction-menu" role="menu" id="reaction-menu" hidden>${choices}</div>`;
}

function messagesHtml(model: PageModel): string {
  if (model.messages.length === 0) return '<p class="empty">No messages yet.</p>';
  return model.messages.map((message) => messageHtml(message, { ctx: model.ctx })).join('');
}

function surface(model: PageModel): string {
  if (model.tab === 'home')
    return `<h2 class="surface-title">${escapeHtml(APP_NAME)}: Home</h2>${homeHtml(model.home, { ctx: model.ctx })}`;
  const [title, channelId, composerName] =
    model.tab === 'dm'
      ? [`${APP_NAME} (direct messages)`, model.dmId, APP_NAME]
      : [`#${model.channel.name}`, model.channel.id, `#${model.channel.name}`];
  return `<h2 class="surface-title">${escapeHtml(title)}</h2><div class="messages" role="log" aria-live="polite"${attrs(
    {
      'aria-label': title,
      'data-channel': channelId,
    },
  )}>${messagesHtml(model)}</div>${composer(model, channelId, composerName)}`;
}

/** Everything that changes; the browser swaps it in after each interaction. */
export function appHtml(model: PageModel): string {
  const notice =
    model.notice.length > 0
      ? `<div class="notice" role="status"><ul>${model.notice.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul></div>`
      : '';
  return `<header class="top"><h1>Coalition Check-ins <span class="tag">local sandbox</span></h1>${switcher(model)}${timeBar(model)}${resetControl()}</header>
<div class="layout"><nav aria-label="Conversations"><ul><li>${link(model, 'channel', `#${model.channel.name}`)}</li><li>${link(model, 'dm', `${APP_NAME} (app)`)}</li><li>${link(model, 'home', 'Home')}</li></ul>
<p class="about">A local sandbox: the real app runs against a simulated Slack. Nothing leaves this computer.</p></nav>
<main${attrs({ 'data-viewer': model.viewer.id, 'data-tab': model.tab })}>${notice}${surface(model)}</main></div>
${reactionMenu()}${model.modal ? modalHtml(model.modal, { ctx: model.ctx }) : ''}`;
}

export function pageHtml(model: PageModel): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Coalition Check-ins sandbox</title><link rel="stylesheet" href="/sandbox.css"></head>
<body><div id="app">${appHtml(model)}</div><script src="/sandbox.js" defer></script></body></html>`;
}
