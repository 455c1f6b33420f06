import { messageProblems, viewProblems } from './limits.js';
import type { SimState } from './state.js';
import type { ApiResult, SimMessage } from './types.js';

type Args = Record<string, unknown>;
type Method = (args: Args, context: { token: string | undefined; url: string }) => ApiResult;

const ok = (body: Record<string, unknown> = {}): ApiResult => ({ status: 200, body: { ok: true, ...body } });
const fail = (error: string, extra: Record<string, unknown> = {}): ApiResult => ({
  status: 200,
  body: { ok: false, error, ...extra },
});
const TRIGGER_LIFETIME_MS = 3000;

function invalid(error: string, problems: string[]): ApiResult {
  return fail(error, { errors: problems, response_metadata: { messages: problems } });
}

function paginate<T>(items: T[], args: Args, key: string): ApiResult {
  const limit = Math.max(1, Math.min(1000, Number(args.limit) || 100));
  const start = Number(args.cursor ? Buffer.from(String(args.cursor), 'base64').toString() : 0) || 0;
  const page = items.slice(start, start + limit);
  const next = start + limit < items.length ? Buffer.from(String(start + limit)).toString('base64') : '';
  return ok({ [key]: page, response_metadata: { next_cursor: next } });
}

export function createMethods(
  state: SimState,
  identity: { teamId: string; botUserId: string; botId: string; now: () => number },
): Record<string, Method> {
  function postable(channelId: string): { channel?: string; error?: ApiResult } {
    const channel = state.channelFor(channelId);
    if (!channel) return { error: fail('channel_not_found') };
    if (!channel.isIm && !channel.members.has(identity.botUserId)) return { error: fail('not_in_channel') };
    return { channel: channel.id };
  }

  function useTrigger(triggerId: unknown): ApiResult | undefined {
    const trigger = state.triggers.get(String(triggerId ?? ''));
    if (!trigger) return fail('invalid_trigger_id');
    if (trigger.used) return fail('exchanged_trigger_id');
    if (identity.now() - trigger.issuedAt > TRIGGER_LIFETIME_MS) return fail('expired_trigger_id');
    trigger.used = true;
    return undefined;
  }

  function recordView(
    kind: 'open' | 'push' | 'update' | 'publish',
    view: unknown,
    user: string | undefined,
    id?: string,
  ): ApiResult {
    const problems = viewProblems(view);
    if (problems.length > 0) return invalid('invalid_arguments', problems);
    const stored = { id: id ?? state.nextId('V'), user, view: view as Record<string, unknown>, kind };
    state.views.push(stored);
    return ok({ view: { ...(view as object), id: stored.id, hash: `${stored.id}.hash`, team_id: identity.teamId } });
  }

  function userOf(id: unknown) {
    return state.users.get(String(id ?? ''));
  }

  return {
    'auth.test': () =>
      ok({
        url: 'https://simulated.slack.com/',
        team: 'Simulated',
        user: 'coalition',
        team_id: identity.teamId,
        user_id: identity.botUserId,
        bot_id: identity.botId,
        is_enterprise_install: false,
      }),

    'chat.postMessage': (args) => {
      const target = postable(String(args.channel ?? ''));
      if (target.error || !target.channel) return target.error ?? fail('channel_not_found');
      const problems = messageProblems(args.blocks);
      if (problems.length > 0) return invalid('invalid_blocks', problems);
      if (!args.text && !args.blocks) return fail('no_text');
      const message: SimMessage = {
        kind: 'message',
        channel: target.channel,
        ts: state.nextTs(),
        text: args.text as string,
        blocks: args.blocks as unknown[],
        thread_ts: args.thread_ts as string,
        metadata: args.metadata,
        user: identity.botUserId,
        edits: 0,
      };
      state.messages.push(message);
      return ok({
        channel: message.channel,
        ts: message.ts,
        message: { type: 'message', text: message.text, ts: message.ts, bot_id: identity.botId },
      });
    },

    'chat.postEphemeral': (args) => {
      const target = postable(String(args.channel ?? ''));
      if (target.error || !target.channel) return target.error ?? fail('channel_not_found');
      if (!state.channels.get(target.channel)?.members.has(String(args.user))) return fail('user_not_in_channel');
      const problems = messageProblems(args.blocks);
      if (problems.length > 0) return invalid('invalid_blocks', problems);
      const ts = state.nextTs();
      state.messages.push({
        kind: 'ephemeral',
        channel: target.channel,
        ts,
        text: args.text as string,
        blocks: args.blocks as unknown[],
        user: String(args.user),
        thread_ts: args.thread_ts as string,
        edits: 0,
      });
      return ok({ message_ts: ts });
    },

    'chat.update': (args) => {
      const message = state.messages.find(
        (m) => m.kind === 'message' && m.channel === state.channelFor(String(args.channel))?.id && m.ts === args.ts,
      );
      if (!message) return fail('message_not_found');
      const problems = messageProblems(args.blocks);
      if (problems.length > 0) return invalid('invalid_blocks', problems);
      Object.assign(message, {
        text: args.text ?? message.text,
        blocks: args.blocks ?? message.blocks,
        edits: message.edits + 1,
      });
      return ok({ channel: message.channel, ts: message.ts, text: message.text });
    },

    'chat.delete': (args) => {
      const index = state.messages.findIndex((m) => m.channel === args.channel && m.ts === args.ts);
      if (index < 0) return fail('message_not_found');
      state.messages.splice(index, 1);
      return ok({ channel: args.channel, ts: args.ts });
    },

    'conversations.open': (args) => {
      const ids = String(args.users ?? '')
        .split(',')
        .filter(Boolean);
      const user = userOf(ids[0]);
      if (!user || ids.length !== 1) return fail('user_not_found');
      if (user.deleted) return fail('user_disabled');
      return ok({ channel: { id: state.dmFor(user.id) } });
    },

    'conversations.members': (args) => {
      const channel = state.channels.get(String(args.channel ?? ''));
      return channel ? paginate([...channel.members], args, 'members') : fail('channel_not_found');
    },

    'conversations.info': (args) => {
      const channel = state.channels.get(String(args.channel ?? ''));
      if (!channel || (channel.isPrivate && !channel.members.has(identity.botUserId))) return fail('channel_not_found');
      return ok({
        channel: {
          id: channel.id,
          name: channel.name,
          is_im: channel.isIm,
          is_private: channel.isPrivate,
          is_member: channel.members.has(identity.botUserId),
          is_ext_shared: channel.isExtShared,
        },
      });
    },

    'conversations.join': (args) => {
      const channel = state.channels.get(String(args.channel ?? ''));
      if (!channel) return fail('channel_not_found');
      if (channel.isPrivate) return fail('method_not_supported_for_channel_type');
      channel.members.add(identity.botUserId);
      return ok({ channel: { id: channel.id, name: channel.name } });
    },

    'conversations.history': (args) => {
      const channel = state.channelFor(String(args.channel ?? ''));
      if (!channel) return fail('channel_not_found');
      const withMetadata = args.include_all_metadata === true || args.include_all_metadata === 'true';
      const history = state.messages
        .filter(
          (m) =>
            m.kind === 'message' && m.channel === channel.id && (!args.oldest || Number(m.ts) > Number(args.oldest)),
        )
        .reverse()
        .slice(0, Number(args.limit) || 100)
        .map((m) => ({
          type: 'message',
          ts: m.ts,
          text: m.text,
          bot_id: identity.botId,
          ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}),
        }));
      return ok({ messages: history, has_more: false });
    },

    'users.info': (args) => {
      const user = userOf(args.user);
      return user ? ok({ user }) : fail('user_not_found');
    },

    'users.list': (args) => paginate([...state.users.values()], args, 'members'),

    'views.open': (args) => useTrigger(args.trigger_id) ?? recordView('open', args.view, undefined),
    'views.push': (args) => useTrigger(args.trigger_id) ?? recordView('push', args.view, undefined),
    'views.update': (args) =>
      state.views.some((v) => v.id === args.view_id)
        ? recordView('update', args.view, undefined, String(args.view_id))
        : fail('not_found'),
    'views.publish': (args) =>
      userOf(args.user_id) ? recordView('publish', args.view, String(args.user_id)) : fail('user_not_found'),

    'reactions.add': (args) =>
      state.messages.some((m) => m.channel === args.channel && m.ts === args.timestamp)
        ? ok()
        : fail('message_not_found'),
    'reactions.remove': () => ok(),

    'files.getUploadURLExternal': (args, context) => {
      const fileId = state.nextId('F');
      state.uploads.push({ fileId, filename: String(args.filename ?? 'file'), content: '' });
      return ok({ upload_url: `${context.url}/upload/${fileId}`, file_id: fileId });
    },

    'files.completeUploadExternal': (args) => {
      const files = (Array.isArray(args.files) ? args.files : []) as Array<{ id: string; title?: string }>;
      for (const file of files) {
        const upload = state.uploads.find((u) => u.fileId === file.id);
        if (!upload) return fail('file_not_found');
        Object.assign(upload, { title: file.title, channelId: args.channel_id as string | undefined });
      }
      return ok({ files: files.map((file) => ({ id: file.id, title: file.title })) });
    },
  };
}
