import type { SimView, SlackSimulator } from './types.js';

/** What the payload builders need to know about the workspace and the clock. */
export interface PayloadContext {
  sim: SlackSimulator;
  teamId: string;
  nowSec: () => number;
}

export type ActionInput = {
  action_id: string;
  block_id?: string;
  value?: string;
  type?: string;
  selected_option?: { value: string; text?: unknown };
  selected_date?: string;
};

type Json = Record<string, unknown>;
/** Slack's legacy verification token; Bolt ignores it, apps should too. */
export const VERIFICATION_TOKEN = 'sim-verification-token';

export function userJson({ sim, teamId }: PayloadContext, userId: string, userTeamId?: string) {
  const user = sim.user(userId);
  const name = user?.name ?? userId.toLowerCase();
  return { id: userId, username: name, name, team_id: userTeamId ?? user?.team_id ?? teamId };
}

export const teamJson = (teamId: string) => ({ id: teamId, domain: 'simulated' });

/** Slack's channel_name for commands: DMs and private channels are not named. */
export function channelNameFor({ sim }: PayloadContext, channelId: string): string {
  const channel = sim.channel(channelId);
  if (!channel) return channelId.toLowerCase();
  if (channel.isIm) return 'directmessage';
  if (channel.isPrivate) return 'privategroup';
  return channel.name;
}

/** By id; else the very object taken from `sim.views()`; else the latest with the same callback_id. */
function findView(views: SimView[], view: Json): SimView | undefined {
  if (view.id) return views.findLast((candidate) => candidate.id === view.id);
  return (
    views.findLast((candidate) => candidate.view === view) ??
    views.findLast((candidate) => view.callback_id !== undefined && candidate.view.callback_id === view.callback_id)
  );
}

/** The latest version of a view the app opened, as Slack would send it back in a payload. */
export function viewJson(context: PayloadContext, view: Json): Json {
  const { sim } = context;
  const record = findView(sim.views(), view);
  const id = String(view.id ?? record?.id ?? 'V0SIM');
  return {
    id,
    team_id: sim.teamId,
    type: 'modal',
    blocks: [],
    private_metadata: '',
    callback_id: '',
    title: { type: 'plain_text', text: 'Modal' },
    close: null,
    submit: null,
    clear_on_close: false,
    notify_on_close: false,
    external_id: '',
    ...record?.view,
    hash: record?.hash ?? `${context.nowSec()}.${id}`,
    root_view_id: record?.root_view_id ?? id,
    previous_view_id: record?.previous_view_id ?? null,
    app_id: sim.appId,
    app_installed_team_id: sim.teamId,
    bot_id: sim.botId,
    state: { values: {} },
    ...Object.fromEntries(Object.entries(view).filter(([, value]) => value !== undefined)),
  };
}

function elementsOf(block: Json): Json[] {
  const candidates = Array.isArray(block.elements) ? block.elements : [block.accessory, block.element];
  return candidates.filter((element): element is Json => typeof element === 'object' && element !== null);
}

/** An action as Slack sends it: block_id, type and text come from the element the user clicked, when known. */
export function actionJson(action: ActionInput, blocks: unknown[], actionTs: string): Json {
  for (const block of blocks as Json[]) {
    const element = elementsOf(block).find((candidate) => candidate.action_id === action.action_id);
    if (!element) continue;
    const { type, text, value } = element;
    return {
      type,
      block_id: block.block_id,
      action_ts: actionTs,
      ...(text ? { text } : {}),
      ...(value ? { value } : {}),
      ...action,
    };
  }
  return { type: 'button', block_id: 'sim_block', action_ts: actionTs, ...action };
}

/** The message an action came from, as Slack includes it in block_actions (metadata is not included). */
export function actionMessage({ sim }: PayloadContext, channelId: string | undefined, ts: string | undefined) {
  const found = sim.messages({ channel: channelId }).find((message) => message.ts === ts && !message.deleted);
  const message = {
    type: 'message',
    user: sim.botUserId,
    bot_id: sim.botId,
    app_id: sim.appId,
    team: sim.teamId,
    ts,
    text: found?.text ?? '',
    blocks: found?.blocks ?? [],
  };
  const ephemeralResponse = found?.kind === 'response_url' && found.response_type !== 'in_channel';
  return { message, isEphemeral: found?.kind === 'ephemeral' || ephemeralResponse };
}
