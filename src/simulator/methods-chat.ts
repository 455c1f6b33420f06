import { messageProblems } from './limits.js';
import { type Args, fail, invalid, type Method, type MethodContext, ok, str } from './methods-shared.js';
import type { SimChannel } from './state.js';
import type { ApiResult, SimMessage } from './types.js';

/** Where a post lands: a channel id, a DM id, or a user id (Slack posts that to the app's DM with the user). */
export function postTarget(channelArg: unknown, { state, identity }: MethodContext): SimChannel | ApiResult {
  const id = str(channelArg);
  const user = state.users.get(id);
  const channel =
    /^[UW]/.test(id) && user && !user.deleted ? state.channels.get(state.dmFor(id)) : state.channels.get(id);
  if (!channel) return fail('channel_not_found');
  if (channel.isArchived) return fail('is_archived');
  if (channel.isIm || channel.isMpim || channel.members.has(identity.botUserId)) return channel;
  // A private channel the bot is not in is invisible to it.
  return fail(channel.isPrivate ? 'channel_not_found' : 'not_in_channel');
}

const isTarget = (value: SimChannel | ApiResult): value is SimChannel => 'id' in value && 'members' in value;

function validMetadata(metadata: unknown): boolean {
  if (typeof metadata !== 'object' || metadata === null) return false;
  const { event_type: type, event_payload: payload } = metadata as Record<string, unknown>;
  return typeof type === 'string' && type.length > 0 && typeof payload === 'object' && payload !== null;
}

/** Block, metadata and text checks shared by every way of posting or editing a message. */
export function contentError(args: Args, requireText: boolean): ApiResult | undefined {
  if (typeof args.blocks === 'string') return fail('invalid_blocks_format');
  const problems = messageProblems(args.blocks);
  if (problems.length > 0) return invalid('invalid_blocks', problems);
  if (args.metadata !== undefined && !validMetadata(args.metadata)) return fail('invalid_metadata_format');
  if (requireText && !args.text && !args.blocks && !args.attachments) return fail('no_text');
  return undefined;
}

const editedTs = (message: SimMessage) => `${Math.floor((message.history.at(-1)?.at ?? 0) / 1000)}.000000`;

/** A message as Slack returns it from chat.* and conversations.history. */
export function messageJson(message: SimMessage, context: MethodContext, withMetadata = true) {
  const { identity } = context;
  return {
    type: 'message',
    text: message.text ?? '',
    ...(message.fromPerson
      ? { user: message.user }
      : { user: identity.botUserId, bot_id: identity.botId, app_id: identity.appId }),
    team: identity.teamId,
    ts: message.ts,
    ...(message.blocks ? { blocks: message.blocks } : {}),
    ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}),
    ...(withMetadata && message.metadata ? { metadata: message.metadata } : {}),
    ...(message.edits > 0 ? { edited: { user: identity.botUserId, ts: editedTs(message) } } : {}),
    ...(message.reactions?.length ? { reactions: message.reactions } : {}),
  };
}

const postMessage: Method = (args, context) => {
  const target = postTarget(args.channel, context);
  if (!isTarget(target)) return target;
  const problem = contentError(args, true);
  if (problem) return problem;
  const message: SimMessage = {
    kind: 'message',
    channel: target.id,
    ts: context.state.nextTs(),
    text: args.text === undefined ? undefined : str(args.text),
    blocks: args.blocks as unknown[] | undefined,
    thread_ts: args.thread_ts === undefined ? undefined : str(args.thread_ts),
    metadata: args.metadata,
    user: context.identity.botUserId,
    edits: 0,
    history: [],
  };
  context.state.messages.push(message);
  return ok({ channel: message.channel, ts: message.ts, message: messageJson(message, context) });
};

const postEphemeral: Method = (args, context) => {
  const target = postTarget(args.channel, context);
  if (!isTarget(target)) return target;
  const user = str(args.user);
  if (!user) return fail('user_not_found');
  if (!target.members.has(user)) return fail('user_not_in_channel');
  const problem = contentError(args, true);
  if (problem) return problem;
  const ts = context.state.nextTs();
  context.state.messages.push({
    kind: 'ephemeral',
    channel: target.id,
    ts,
    text: args.text === undefined ? undefined : str(args.text),
    blocks: args.blocks as unknown[] | undefined,
    thread_ts: args.thread_ts === undefined ? undefined : str(args.thread_ts),
    user,
    edits: 0,
    history: [],
  });
  return ok({ message_ts: ts });
};

/** Replaces a message's content in place, keeping the earlier version in `history`. */
export function editMessage(message: SimMessage, patch: Args, at: number): void {
  message.history.push({ text: message.text, blocks: message.blocks, metadata: message.metadata, at });
  message.edits += 1;
  if (patch.text !== undefined) message.text = str(patch.text);
  if (patch.blocks !== undefined) message.blocks = patch.blocks as unknown[];
  if (patch.metadata !== undefined) message.metadata = patch.metadata;
}

const update: Method = (args, context) => {
  const channel = context.state.channels.get(str(args.channel));
  if (!channel) return fail('channel_not_found');
  // Ephemeral messages cannot be edited through the API (only via response_url), so they are not found here.
  const message = context.state.findMessage(channel.id, str(args.ts));
  if (!message) return fail('message_not_found');
  const problem = contentError(args, false);
  if (problem) return problem;
  editMessage(message, args, context.identity.now());
  return ok({
    channel: message.channel,
    ts: message.ts,
    text: message.text ?? '',
    message: messageJson(message, context),
  });
};

const remove: Method = (args, context) => {
  const channel = context.state.channels.get(str(args.channel));
  if (!channel) return fail('channel_not_found');
  const message = context.state.findMessage(channel.id, str(args.ts));
  if (!message) return fail('message_not_found');
  message.deleted = true;
  return ok({ channel: message.channel, ts: message.ts });
};

/** Any message the channel holds, including one a person posted (channel watch links to those). */
const permalink: Method = (args, context) => {
  const channel = context.state.channels.get(str(args.channel));
  if (!channel) return fail('channel_not_found');
  const ts = str(args.message_ts);
  if (!/^\d+\.\d+$/.test(ts)) return fail('message_not_found');
  return ok({
    channel: channel.id,
    permalink: `https://simulated.slack.com/archives/${channel.id}/p${ts.replace('.', '')}`,
  });
};

export const chatMethods: Record<string, Method> = {
  'chat.getPermalink': permalink,
  'chat.postMessage': postMessage,
  'chat.postEphemeral': postEphemeral,
  'chat.update': update,
  'chat.delete': remove,
};
