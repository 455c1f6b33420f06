import { randomUUID } from 'node:crypto';
import type { SlackSimulator } from './server.js';
import { signSlackRequest } from './signing.js';

export interface DriverResult {
  status: number;
  body: unknown;
}

export interface SlackDriver {
  command(input: {
    userId: string;
    channelId: string;
    text?: string;
    command?: string;
    teamId?: string;
    userName?: string;
    channelName?: string;
  }): Promise<DriverResult & { responseUrl: string; triggerId: string }>;
  blockAction(input: {
    userId: string;
    actions: Array<{
      action_id: string;
      block_id?: string;
      value?: string;
      type?: string;
      selected_option?: { value: string; text?: unknown };
      selected_date?: string;
    }>;
    channelId?: string;
    messageTs?: string;
    view?: unknown;
    teamId?: string;
    userTeamId?: string;
  }): Promise<DriverResult & { responseUrl: string; triggerId: string }>;
  viewSubmission(input: {
    userId: string;
    view: { id?: string; callback_id: string; private_metadata?: string; blocks?: unknown[]; title?: unknown };
    values: Record<string, Record<string, unknown>>;
    teamId?: string;
    userTeamId?: string;
  }): Promise<DriverResult>;
  event(
    event: Record<string, unknown>,
    options?: {
      eventId?: string;
      retryNum?: number;
      retryReason?: string;
      teamId?: string;
      isExtSharedChannel?: boolean;
    },
  ): Promise<DriverResult & { eventId: string }>;
  raw(input: {
    body: string;
    contentType: string;
    timestampSec?: number;
    signature?: string;
    headers?: Record<string, string>;
  }): Promise<DriverResult>;
}

const FORM = 'application/x-www-form-urlencoded'; // exactly this: Bolt compares the content type strictly

async function readResult(response: Response): Promise<DriverResult> {
  const text = await response.text();
  if (!text) return { status: response.status, body: null };
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    return { status: response.status, body: text };
  }
}

/** Sends what Slack sends (slash commands, interactions, events), signed, to the app's request URL. */
export function createSlackDriver(options: {
  sim: SlackSimulator;
  eventsUrl: string;
  signingSecret: string;
  teamId?: string;
  now?: () => number;
}): SlackDriver {
  const { sim } = options;
  const teamId = options.teamId ?? sim.teamId;
  const clockSec = () => Math.floor((options.now ?? Date.now)() / 1000);

  async function post(
    body: string,
    contentType: string,
    headers: Record<string, string> = {},
    timestampSec = clockSec(),
    signature?: string,
  ): Promise<DriverResult> {
    const signed = signSlackRequest(options.signingSecret, body, timestampSec);
    const response = await fetch(options.eventsUrl, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        ...signed,
        ...(signature ? { 'x-slack-signature': signature } : {}),
        ...headers,
      },
      body,
    });
    return readResult(response);
  }

  const user = (userId: string, userTeamId?: string) => ({
    id: userId,
    username: userId.toLowerCase(),
    name: userId.toLowerCase(),
    team_id: userTeamId ?? teamId,
  });
  const interactive = (payload: unknown) =>
    post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), FORM);

  return {
    async command(input) {
      const responseUrl = sim.newResponseUrl();
      const triggerId = sim.issueTriggerId(input.userId);
      const fields = {
        token: 'legacy-verification-token',
        team_id: input.teamId ?? teamId,
        team_domain: 'simulated',
        channel_id: input.channelId,
        channel_name: input.channelName ?? input.channelId.toLowerCase(),
        user_id: input.userId,
        user_name: input.userName ?? input.userId.toLowerCase(),
        command: input.command ?? '/coalition',
        text: input.text ?? '',
        api_app_id: 'A0SIM',
        is_enterprise_install: 'false',
        response_url: responseUrl,
        trigger_id: triggerId,
      };
      return { ...(await post(new URLSearchParams(fields).toString(), FORM)), responseUrl, triggerId };
    },

    async blockAction(input) {
      const responseUrl = sim.newResponseUrl();
      const triggerId = sim.issueTriggerId(input.userId);
      const actionTs = String(clockSec());
      const container = input.view
        ? { type: 'view', view_id: (input.view as { id?: string }).id }
        : { type: 'message', message_ts: input.messageTs, channel_id: input.channelId, is_ephemeral: false };
      const payload = {
        type: 'block_actions',
        team: { id: input.teamId ?? teamId, domain: 'simulated' },
        user: user(input.userId, input.userTeamId),
        api_app_id: 'A0SIM',
        token: 'legacy-verification-token',
        container,
        trigger_id: triggerId,
        ...(input.channelId ? { channel: { id: input.channelId, name: input.channelId.toLowerCase() } } : {}),
        ...(input.messageTs ? { message: { type: 'message', ts: input.messageTs, text: '' } } : {}),
        ...(input.view ? { view: input.view } : {}),
        response_url: responseUrl,
        actions: input.actions.map((action) => ({ type: 'button', block_id: 'block', action_ts: actionTs, ...action })),
      };
      return { ...(await interactive(payload)), responseUrl, triggerId };
    },

    viewSubmission(input) {
      const view = input.view;
      const payload = {
        type: 'view_submission',
        team: { id: input.teamId ?? teamId, domain: 'simulated' },
        user: user(input.userId, input.userTeamId),
        api_app_id: 'A0SIM',
        token: 'legacy-verification-token',
        trigger_id: sim.issueTriggerId(input.userId),
        view: {
          id: view.id ?? 'V0SIM',
          team_id: teamId,
          type: 'modal',
          callback_id: view.callback_id,
          private_metadata: view.private_metadata ?? '',
          blocks: view.blocks ?? [],
          title: view.title ?? { type: 'plain_text', text: 'Modal' },
          state: { values: input.values },
          hash: `${view.id ?? 'V0SIM'}.hash`,
          root_view_id: view.id ?? 'V0SIM',
          previous_view_id: null,
          clear_on_close: false,
          notify_on_close: false,
          app_id: 'A0SIM',
          bot_id: sim.botId,
        },
        response_urls: [],
      };
      return interactive(payload);
    },

    async event(event, eventOptions = {}) {
      const eventId = eventOptions.eventId ?? `Ev${randomUUID().replace(/-/g, '').slice(0, 12).toUpperCase()}`;
      const envelope = {
        token: 'legacy-verification-token',
        team_id: eventOptions.teamId ?? teamId,
        api_app_id: 'A0SIM',
        event: { event_ts: `${clockSec()}.000100`, ...event },
        type: 'event_callback',
        event_id: eventId,
        event_time: clockSec(),
        authorizations: [
          { enterprise_id: null, team_id: teamId, user_id: sim.botUserId, is_bot: true, is_enterprise_install: false },
        ],
        is_ext_shared_channel: eventOptions.isExtSharedChannel ?? false,
      };
      const headers: Record<string, string> = {};
      if (eventOptions.retryNum !== undefined) headers['x-slack-retry-num'] = String(eventOptions.retryNum);
      if (eventOptions.retryReason) headers['x-slack-retry-reason'] = eventOptions.retryReason;
      return { ...(await post(JSON.stringify(envelope), 'application/json', headers)), eventId };
    },

    raw: (input) => post(input.body, input.contentType, input.headers, input.timestampSec, input.signature),
  };
}
