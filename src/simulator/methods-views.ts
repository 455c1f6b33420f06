import { viewProblems } from './limits.js';
import { type Args, fail, invalid, type Method, type MethodContext, ok, str } from './methods-shared.js';
import type { ApiResult, SimView, ViewOperation } from './types.js';

/** Slack's documented trigger lifetime: usable once, within about 3 seconds. */
export const TRIGGER_LIFETIME_MS = 3000;
const MAX_MODAL_STACK = 3;
const MAX_VIEW_BYTES = 250_000;

type ViewJson = SimView['view'];

function useTrigger(triggerId: unknown, context: MethodContext): { user: string | undefined } | ApiResult {
  if (!triggerId)
    return invalid('invalid_arguments', ['missing required field: trigger_id [json-pointer:/trigger_id]']);
  const trigger = context.state.triggers.get(str(triggerId));
  if (!trigger) return fail('invalid_trigger_id');
  if (trigger.used) return fail('exchanged_trigger_id');
  if (context.identity.now() - trigger.issuedAt > TRIGGER_LIFETIME_MS) return fail('expired_trigger_id');
  trigger.used = true;
  return { user: trigger.user };
}

function viewError(view: unknown): ApiResult | undefined {
  if (typeof view === 'string')
    return invalid('invalid_arguments', ['must be a valid JSON object [json-pointer:/view]']);
  const problems = viewProblems(view);
  if (problems.length > 0) return invalid('invalid_arguments', problems);
  if (JSON.stringify(view).length > MAX_VIEW_BYTES) return fail('view_too_large');
  return undefined;
}

/** The view object Slack answers with: what was sent, plus the fields Slack fills in. */
function viewJson(record: SimView, context: MethodContext) {
  const { identity } = context;
  return {
    type: 'modal',
    blocks: [],
    private_metadata: '',
    callback_id: '',
    external_id: '',
    title: null,
    close: null,
    submit: null,
    clear_on_close: false,
    notify_on_close: false,
    ...record.view,
    id: record.id,
    team_id: identity.teamId,
    state: { values: {} },
    hash: record.hash,
    root_view_id: record.root_view_id,
    previous_view_id: record.previous_view_id,
    app_id: identity.appId,
    app_installed_team_id: identity.teamId,
    bot_id: identity.botId,
  };
}

function store(
  context: MethodContext,
  fields: {
    kind: ViewOperation;
    view: unknown;
    user: string | undefined;
    id: string;
    root?: string;
    previous?: string;
  },
): ApiResult {
  const { state, identity } = context;
  const record: SimView = {
    id: fields.id,
    user: fields.user,
    view: fields.view as ViewJson,
    hash: `${Math.floor(identity.now() / 1000)}.${state.nextId('h')}`,
    kind: fields.kind,
    root_view_id: fields.root ?? fields.id,
    previous_view_id: fields.previous ?? null,
  };
  state.views.push(record);
  return ok({ view: viewJson(record, context) });
}

const isTriggerUse = (value: { user: string | undefined } | ApiResult): value is { user: string | undefined } =>
  !('status' in value);

const open: Method = (args, context) => {
  const trigger = useTrigger(args.trigger_id, context);
  if (!isTriggerUse(trigger)) return trigger;
  const problem = viewError(args.view);
  if (problem) return problem;
  const id = context.state.nextId('V');
  context.state.modalStacks.set(trigger.user ?? '', [id]);
  return store(context, { kind: 'open', view: args.view, user: trigger.user, id });
};

const push: Method = (args, context) => {
  const trigger = useTrigger(args.trigger_id, context);
  if (!isTriggerUse(trigger)) return trigger;
  const problem = viewError(args.view);
  if (problem) return problem;
  const stack = context.state.modalStacks.get(trigger.user ?? '') ?? [];
  if (stack.length >= MAX_MODAL_STACK) return fail('push_limit_reached');
  const id = context.state.nextId('V');
  const previous = stack.at(-1);
  stack.push(id);
  context.state.modalStacks.set(trigger.user ?? '', stack);
  return store(context, { kind: 'push', view: args.view, user: trigger.user, id, root: stack[0], previous });
};

function latestView(args: Args, context: MethodContext): SimView | undefined {
  const matches = (record: SimView) =>
    args.view_id
      ? record.id === args.view_id
      : Boolean(args.external_id) && record.view.external_id === args.external_id;
  return context.state.views.findLast(matches);
}

const update: Method = (args, context) => {
  const current = latestView(args, context);
  if (!current) return fail('not_found');
  if (args.hash && args.hash !== current.hash) return fail('hash_conflict');
  const problem = viewError(args.view);
  if (problem) return problem;
  const { id, user, root_view_id: root } = current;
  return store(context, {
    kind: 'update',
    view: args.view,
    user,
    id,
    root,
    previous: current.previous_view_id ?? undefined,
  });
};

const publish: Method = (args, context) => {
  const userId = str(args.user_id);
  if (!context.state.users.has(userId)) return fail('user_not_found');
  const problem = viewError(args.view);
  if (problem) return problem;
  if ((args.view as ViewJson).type !== 'home')
    return invalid('invalid_arguments', ['must be home for views.publish [json-pointer:/view/type]']);
  const existingId = context.state.homeViewByUser.get(userId);
  const current = existingId ? context.state.views.findLast((record) => record.id === existingId) : undefined;
  if (args.hash && current && args.hash !== current.hash) return fail('hash_conflict');
  const id = existingId ?? context.state.nextId('V');
  context.state.homeViewByUser.set(userId, id);
  return store(context, { kind: 'publish', view: args.view, user: userId, id });
};

export const viewMethods: Record<string, Method> = {
  'views.open': open,
  'views.push': push,
  'views.update': update,
  'views.publish': publish,
};
