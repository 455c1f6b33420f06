import { postTarget } from './methods-chat.js';
import { fail, type Method, type MethodContext, ok, paginate, str } from './methods-shared.js';
import type { SimUser } from './types.js';

/** A user object with the flags Slack always sends. */
function userJson(user: SimUser) {
  return { is_admin: false, is_owner: false, is_app_user: false, is_stranger: false, ...user };
}

const authTest: Method = (_args, { identity }) =>
  ok({
    url: 'https://simulated.slack.com/',
    team: 'Simulated',
    user: 'coalition',
    team_id: identity.teamId,
    user_id: identity.botUserId,
    bot_id: identity.botId,
    is_enterprise_install: false,
  });

const usersInfo: Method = (args, { state }) => {
  const user = state.users.get(str(args.user));
  return user ? ok({ user: userJson(user) }) : fail('user_not_found');
};

const usersList: Method = (args, { state, identity }) =>
  paginate([...state.users.values()].map(userJson), args, 'members', {
    cache_ts: Math.floor(identity.now() / 1000),
  });

function reactedMessage(args: Record<string, unknown>, context: MethodContext) {
  return context.state.findMessage(str(args.channel), str(args.timestamp));
}

const reactionsAdd: Method = (args, context) => {
  const name = str(args.name);
  if (!name) return fail('invalid_name');
  const message = reactedMessage(args, context);
  if (!message) return fail('message_not_found');
  const reactions = message.reactions ?? [];
  message.reactions = reactions;
  const reaction = reactions.find((r) => r.name === name) ?? { name, users: [] };
  if (reaction.users.includes(context.identity.botUserId)) return fail('already_reacted');
  if (!reactions.includes(reaction)) reactions.push(reaction);
  reaction.users.push(context.identity.botUserId);
  return ok();
};

const reactionsRemove: Method = (args, context) => {
  const message = reactedMessage(args, context);
  if (!message) return fail('message_not_found');
  const reaction = message.reactions?.find((r) => r.name === str(args.name));
  if (!reaction?.users.includes(context.identity.botUserId)) return fail('no_reaction');
  reaction.users = reaction.users.filter((user) => user !== context.identity.botUserId);
  message.reactions = message.reactions?.filter((r) => r.users.length > 0);
  return ok();
};

const getUploadUrl: Method = (args, { state, baseUrl }) => {
  if (!args.filename || args.length === undefined) return fail('invalid_arguments');
  const id = state.nextId('F');
  state.uploads.push({ id, filename: str(args.filename), content: '', bytes: 0, completed: false });
  return ok({ upload_url: `${baseUrl}/upload/${id}`, file_id: id });
};

const completeUpload: Method = (args, context) => {
  const files = (Array.isArray(args.files) ? args.files : []) as Array<{ id?: string; title?: string }>;
  if (files.length === 0) return fail('invalid_arguments');
  const uploads = files.map((file) => context.state.uploads.find((upload) => upload.id === file.id));
  if (uploads.some((upload) => !upload)) return fail('file_not_found');
  if (args.channel_id) {
    const target = postTarget(args.channel_id, context);
    if ('status' in target) return target;
  }
  for (const [index, upload] of uploads.entries()) {
    if (!upload) continue;
    Object.assign(upload, {
      title: files[index]?.title ?? upload.filename,
      channel_id: args.channel_id === undefined ? undefined : str(args.channel_id),
      thread_ts: args.thread_ts === undefined ? undefined : str(args.thread_ts),
      initial_comment: args.initial_comment === undefined ? undefined : str(args.initial_comment),
      completed: true,
    });
  }
  return ok({
    files: uploads.map((upload) => ({
      id: upload?.id,
      name: upload?.filename,
      title: upload?.title,
      size: upload?.bytes,
    })),
  });
};

export const miscMethods: Record<string, Method> = {
  'auth.test': authTest,
  'users.info': usersInfo,
  'users.list': usersList,
  'reactions.add': reactionsAdd,
  'reactions.remove': reactionsRemove,
  'files.getUploadURLExternal': getUploadUrl,
  'files.completeUploadExternal': completeUpload,
};
