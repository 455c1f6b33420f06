import { contentError, editMessage } from './methods-chat.js';
import type { SimState } from './state.js';
import type { ResponseUrlContext } from './types.js';

/** Slack's documented response_url budget: up to 5 uses within 30 minutes. */
export const RESPONSE_URL_MAX_USES = 5;
export const RESPONSE_URL_LIFETIME_MS = 30 * 60 * 1000;

interface ResponseUrlEntry {
  url: string;
  issuedAt: number;
  uses: number;
  context: ResponseUrlContext;
}

export interface ResponseUrlAnswer {
  status: number;
  text: string;
  payload: Record<string, unknown>;
}

function parsePayload(body: Buffer): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8') || '{}');
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** response_url endpoints: each records what the app sent and can replace or delete the message it came from. */
export function createResponseUrls(state: SimState, now: () => number) {
  const entries = new Map<string, ResponseUrlEntry>();

  function applyToOriginal(entry: ResponseUrlEntry, payload: Record<string, unknown>): void {
    const { channel, messageTs } = entry.context;
    const original = channel && messageTs ? state.findMessage(channel, messageTs, ['message', 'ephemeral']) : undefined;
    if (!original) return;
    if (payload.delete_original === true) {
      original.deleted = true;
    } else if (payload.replace_original === true) {
      // A replacement is a whole new message: blocks left out are gone.
      editMessage(original, { text: payload.text ?? '', blocks: payload.blocks }, now());
      if (payload.blocks === undefined) original.blocks = undefined;
    }
  }

  function record(entry: ResponseUrlEntry, payload: Record<string, unknown>): void {
    state.messages.push({
      kind: 'response_url',
      channel: entry.context.channel ?? '',
      ts: state.nextTs(),
      text: payload.text === undefined ? undefined : String(payload.text),
      blocks: payload.blocks as unknown[] | undefined,
      thread_ts: payload.thread_ts === undefined ? undefined : String(payload.thread_ts),
      user: entry.context.user,
      response_type: typeof payload.response_type === 'string' ? payload.response_type : 'ephemeral',
      replace_original: payload.replace_original === true,
      delete_original: payload.delete_original === true,
      response_url: entry.url,
      edits: 0,
      history: [],
    });
  }

  return {
    issue(url: string, context: ResponseUrlContext = {}): string {
      entries.set(new URL(url).pathname, { url, issuedAt: now(), uses: 0, context });
      return url;
    },
    handle(path: string, body: Buffer): ResponseUrlAnswer {
      const entry = entries.get(path);
      const payload = parsePayload(body);
      if (!entry) return { status: 404, text: 'no_such_url', payload: payload ?? {} };
      if (now() - entry.issuedAt > RESPONSE_URL_LIFETIME_MS) return { status: 404, text: 'expired_url', payload: {} };
      if (entry.uses >= RESPONSE_URL_MAX_USES) return { status: 404, text: 'used_url', payload: {} };
      if (!payload) return { status: 400, text: 'invalid_payload', payload: {} };
      const problem = contentError(payload, payload.delete_original !== true);
      if (problem) return { status: 400, text: String(problem.body.error), payload };
      entry.uses += 1;
      record(entry, payload);
      applyToOriginal(entry, payload);
      return { status: 200, text: 'ok', payload };
    },
  };
}
