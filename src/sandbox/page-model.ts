import type { SimMessage, SlackSimulator } from '../simulator/index.js';
import type { MessageView } from './render/surfaces.js';

// What one person sees of the simulated workspace: which messages are visible to them, threaded, in order.

export const APP_NAME = 'Coalition';

/** Slack timestamps ("seconds.sequence") in order, without losing digits to floating point. */
export function compareTs(a: string, b: string): number {
  const [aSec = '0', aSeq = '0'] = a.split('.');
  const [bSec = '0', bSeq = '0'] = b.split('.');
  return Number(aSec) - Number(bSec) || Number(aSeq) - Number(bSeq);
}

/** Whether `viewer` sees the message, and whether only they do. */
export function visibility(message: SimMessage, viewer: string): { visible: boolean; onlyYou: boolean } {
  if (message.deleted) return { visible: false, onlyYou: false };
  if (message.kind === 'ephemeral') return { visible: message.user === viewer, onlyYou: true };
  if (message.kind === 'response_url') {
    // A replacement or deletion acted on the original message; it is not a message of its own.
    if (message.replace_original || message.delete_original) return { visible: false, onlyYou: false };
    if (message.response_type === 'in_channel') return { visible: true, onlyYou: false };
    return { visible: message.user === viewer, onlyYou: true };
  }
  return { visible: true, onlyYou: false };
}

export function formatTime(ts: string, tz: string): string {
  const at = new Date(Number(ts.split('.')[0]) * 1000);
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: tz,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}

export function conversation(
  sim: SlackSimulator,
  options: { channel: string; viewer: string; tz: string; names: ReadonlyMap<string, string> },
): MessageView[] {
  const { viewer, names } = options;
  const toView = (message: SimMessage, onlyYou: boolean): MessageView => ({
    channel: message.channel,
    ts: message.ts,
    author: message.fromPerson ? (names.get(message.user ?? '') ?? message.user ?? 'Someone') : APP_NAME,
    fromApp: !message.fromPerson,
    text: message.text ?? '',
    blocks: message.blocks,
    onlyYou,
    edited: message.edits > 0,
    time: formatTime(message.ts, options.tz),
    reactions: (message.reactions ?? []).map((reaction) => ({
      name: reaction.name,
      count: reaction.users.length,
      mine: reaction.users.includes(viewer),
    })),
    replies: [],
  });
  const shown = sim
    .messages({ channel: options.channel })
    .map((message) => ({ message, seen: visibility(message, viewer) }))
    .filter(({ seen }) => seen.visible)
    .sort((a, b) => compareTs(a.message.ts, b.message.ts));
  const top: MessageView[] = [];
  const byTs = new Map<string, MessageView>();
  for (const { message, seen } of shown) {
    const view = toView(message, seen.onlyYou);
    const parent = message.thread_ts && message.thread_ts !== message.ts ? byTs.get(message.thread_ts) : undefined;
    if (parent) parent.replies.push(view);
    else {
      top.push(view);
      byTs.set(message.ts, view);
    }
  }
  return top;
}
