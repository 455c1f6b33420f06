import { messageJson } from './methods-chat.js';
import { type Args, fail, flag, type Method, type MethodContext, ok, paginate, str } from './methods-shared.js';
import type { SimChannel } from './state.js';
import type { ApiResult, SimMessage } from './types.js';

function channelJson(channel: SimChannel, context: MethodContext, withCount: boolean) {
  const { botUserId } = context.identity;
  return {
    id: channel.id,
    name: channel.name,
    created: channel.created,
    is_channel: !channel.isIm && !channel.isMpim && !channel.isPrivate,
    is_group: channel.isPrivate && !channel.isIm && !channel.isMpim,
    is_im: channel.isIm,
    is_mpim: channel.isMpim,
    is_private: channel.isPrivate,
    is_archived: channel.isArchived,
    is_member: channel.members.has(botUserId),
    is_shared: channel.isExtShared,
    is_ext_shared: channel.isExtShared,
    is_org_shared: false,
    ...(channel.isIm ? { user: [...channel.members].find((member) => member !== botUserId) } : {}),
    ...(withCount ? { num_members: channel.members.size } : {}),
  };
}

/** A channel the bot can read: private channels and DMs it is not part of do not exist for it. */
function visibleChannel(id: unknown, context: MethodContext): SimChannel | undefined {
  const channel = context.state.channels.get(str(id));
  if (!channel) return undefined;
  if (channel.isPrivate && !channel.members.has(context.identity.botUserId)) return undefined;
  return channel;
}

function userIdsOf(users: unknown): string[] {
  const list = Array.isArray(users) ? users.map(str) : str(users).split(',');
  return list.map((id) => id.trim()).filter(Boolean);
}

/** Why Slack would refuse a DM with this user, if it would. */
function dmRefusal(userId: string, context: MethodContext): string | undefined {
  const user = context.state.users.get(userId);
  if (!user) return 'user_not_found';
  if (user.deleted) return 'user_disabled';
  // Slack Connect: "All external people must already be in at least one channel together".
  const external = user.team_id !== context.identity.teamId;
  if (external && !context.state.sharesChannelWithBot(userId)) return 'invalid_user_combination';
  return undefined;
}

const open: Method = (args, context) => {
  const { state } = context;
  if (args.channel) {
    const channel = visibleChannel(args.channel, context);
    return channel ? ok({ channel: { id: channel.id } }) : fail('channel_not_found');
  }
  const ids = userIdsOf(args.users);
  if (ids.length === 0) return fail('users_list_not_supplied');
  if (ids.length > 8) return fail('too_many_users');
  const refusal = ids.map((id) => dmRefusal(id, context)).find(Boolean);
  if (refusal) return fail(refusal);
  if (ids.length === 1) {
    const userId = ids[0] ?? '';
    const alreadyOpen = state.hasDm(userId);
    const id = state.dmFor(userId);
    return ok({ channel: { id }, ...(alreadyOpen ? { no_op: true, already_open: true } : {}) });
  }
  const members = [...new Set([...ids, context.identity.botUserId])].sort();
  const id = `G${Buffer.from(members.join(',')).toString('hex').slice(0, 10).toUpperCase()}`;
  if (!state.channels.has(id))
    state.addConversation({ id, name: `mpdm-${members.join('--')}`, members: new Set(members), isMpim: true });
  return ok({ channel: { id } });
};

const members: Method = (args, context) => {
  const channel = visibleChannel(args.channel, context);
  return channel ? paginate([...channel.members], args, 'members') : fail('channel_not_found');
};

const info: Method = (args, context) => {
  const channel = visibleChannel(args.channel, context);
  if (!channel) return fail('channel_not_found');
  return ok({ channel: channelJson(channel, context, flag(args.include_num_members)) });
};

const join: Method = (args, context) => {
  const channel = visibleChannel(args.channel, context);
  if (!channel) return fail('channel_not_found');
  if (channel.isArchived) return fail('is_archived');
  if (channel.isPrivate || channel.isIm || channel.isMpim) return fail('method_not_supported_for_channel_type');
  const already = channel.members.has(context.identity.botUserId);
  channel.members.add(context.identity.botUserId);
  return ok({
    channel: channelJson(channel, context, false),
    ...(already ? { warning: 'already_in_channel', response_metadata: { warnings: ['already_in_channel'] } } : {}),
  });
};

/** Channels the bot must be in to read; DMs and group DMs it belongs to by definition. */
function readable(args: Args, context: MethodContext): SimChannel | ApiResult {
  const channel = visibleChannel(args.channel, context);
  if (!channel) return fail('channel_not_found');
  if (!channel.members.has(context.identity.botUserId)) return fail('not_in_channel');
  return channel;
}

function inWindow(message: SimMessage, args: Args): boolean {
  const ts = Number(message.ts);
  const inclusive = flag(args.inclusive);
  if (args.oldest !== undefined && (inclusive ? ts < Number(args.oldest) : ts <= Number(args.oldest))) return false;
  if (args.latest !== undefined && (inclusive ? ts > Number(args.latest) : ts >= Number(args.latest))) return false;
  return true;
}

function pagedMessages(messages: SimMessage[], args: Args, context: MethodContext): ApiResult {
  // Slack only returns metadata when asked for it.
  const json = messages.map((message) => messageJson(message, context, flag(args.include_all_metadata)));
  const page = paginate(json, args, 'messages');
  const next = (page.body.response_metadata as { next_cursor?: string } | undefined)?.next_cursor;
  return { ...page, body: { ...page.body, has_more: Boolean(next) } };
}

const history: Method = (args, context) => {
  const channel = readable(args, context);
  if (!('members' in channel)) return channel;
  const topLevel = context.state.messages.filter(
    (m) => m.kind === 'message' && !m.deleted && m.channel === channel.id && (!m.thread_ts || m.thread_ts === m.ts),
  );
  return pagedMessages(topLevel.filter((m) => inWindow(m, args)).reverse(), args, context);
};

const replies: Method = (args, context) => {
  const channel = readable(args, context);
  if (!('members' in channel)) return channel;
  const parent = context.state.findMessage(channel.id, str(args.ts));
  if (!parent) return fail('thread_not_found');
  const thread = context.state.messages.filter(
    (m) => m.kind === 'message' && !m.deleted && m.channel === channel.id && m.thread_ts === parent.ts,
  );
  return pagedMessages([parent, ...thread.filter((m) => m !== parent && inWindow(m, args))], args, context);
};

export const conversationMethods: Record<string, Method> = {
  'conversations.open': open,
  'conversations.members': members,
  'conversations.info': info,
  'conversations.join': join,
  'conversations.history': history,
  'conversations.replies': replies,
};
