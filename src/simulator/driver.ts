import { randomUUID } from 'node:crypto';
import {
  type ActionInput,
  actionJson,
  actionMessage,
  channelNameFor,
  type PayloadContext,
  teamJson,
  userJson,
  VERIFICATION_TOKEN,
  viewJson,
} from './payloads.js';
import { signSlackRequest } from './signing.js';
import type { SlackSimulator } from './types.js';

export interface DriverResult {
  status: number;
  /** The app's answer: parsed JSON when it is JSON, else the text, or null when empty. */
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
  /** From a message (channelId + messageTs) or, with `view`, from a modal (no response_url then: responseUrl is ''). */
  blockAction(input: {
    userId: string;
    actions: ActionInput[];
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
  /** Any body, signed unless `signature` is given; for forged, stale or odd requests. */
  raw(input: {
    body: string;
    contentType: string;
    timestampSec?: number;
    signature?: string;
    headers?: Record<string, string>;
  }): Promise<DriverResult>;
}

/** Exactly this, without a charset: Bolt compares the content type strictly. */
const FORM = 'application/x-www-form-urlencoded';

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
  const nowSec = () => Math.floor((options.now ?? Date.now)() / 1000);
  const context: PayloadContext = { sim, teamId, nowSec };
  const actionTs = () => `${nowSec()}.${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;

  async function post(
    body: string,
    contentType: string,
    extra: { headers?: Record<string, string>; timestampSec?: number; signature?: string } = {},
  ) {
    const signed = signSlackRequest(options.signingSecret, body, extra.timestampSec ?? nowSec());
    if (extra.signature !== undefined) signed['x-slack-signature'] = extra.signature;
    const headers = { 'content-type': contentType, ...signed, ...extra.headers };
    return readResult(await fetch(options.eventsUrl, { method: 'POST', headers, body }));
  }
  const interactive = (payload: unknown) =>
    post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), FORM);

  return {
    async command(input) {
      const responseUrl = sim.newResponseUrl({ channel: input.channelId, user: input.userId });
      const triggerId = sim.issueTriggerId(input.userId);
      const fields = {
        token: VERIFICATION_TOKEN,
        team_id: input.teamId ?? teamId,
        team_domain: 'simulated',
        channel_id: input.channelId,
        channel_name: input.channelName ?? channelNameFor(context, input.channelId),
        user_id: input.userId,
        user_name: input.userName ?? userJson(context, input.userId).name,
        command: input.command ?? '/coalition',
        text: input.text ?? '',
        api_app_id: sim.appId,
        is_enterprise_install: 'false',
        response_url: responseUrl,
        trigger_id: triggerId,
      };
      return { ...(await post(new URLSearchParams(fields).toString(), FORM)), responseUrl, triggerId };
    },

    async blockAction(input) {
      const triggerId = sim.issueTriggerId(input.userId);
      const ts = actionTs();
      const shared = {
        type: 'block_actions',
        user: userJson(context, input.userId, input.userTeamId),
        api_app_id: sim.appId,
        token: VERIFICATION_TOKEN,
        trigger_id: triggerId,
        team: teamJson(input.teamId ?? teamId),
        enterprise: null,
        is_enterprise_install: false,
      };
      if (input.view) {
        const view = viewJson(context, input.view as Record<string, unknown>);
        const actions = input.actions.map((action) => actionJson(action, view.blocks as unknown[], ts));
        const payload = { ...shared, container: { type: 'view', view_id: view.id }, view, actions };
        return { ...(await interactive(payload)), responseUrl: '', triggerId };
      }
      const { message, isEphemeral } = actionMessage(context, input.channelId, input.messageTs);
      const responseUrl = sim.newResponseUrl({
        channel: input.channelId,
        messageTs: input.messageTs,
        user: input.userId,
      });
      const channelId = input.channelId ?? '';
      const payload = {
        ...shared,
        container: { type: 'message', message_ts: input.messageTs, channel_id: channelId, is_ephemeral: isEphemeral },
        channel: { id: channelId, name: channelNameFor(context, channelId) },
        message,
        state: { values: {} },
        response_url: responseUrl,
        actions: input.actions.map((action) => actionJson(action, message.blocks, ts)),
      };
      return { ...(await interactive(payload)), responseUrl, triggerId };
    },

    viewSubmission(input) {
      const view = { ...viewJson(context, input.view as Record<string, unknown>), state: { values: input.values } };
      return interactive({
        type: 'view_submission',
        team: teamJson(input.teamId ?? teamId),
        user: userJson(context, input.userId, input.userTeamId),
        api_app_id: sim.appId,
        token: VERIFICATION_TOKEN,
        trigger_id: sim.issueTriggerId(input.userId),
        view,
        response_urls: [],
        enterprise: null,
        is_enterprise_install: false,
      });
    },

    async event(event, eventOptions = {}) {
      const eventId = eventOptions.eventId ?? `Ev${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`;
      const eventTime = nowSec();
      const envelope = {
        token: VERIFICATION_TOKEN,
        team_id: eventOptions.teamId ?? teamId,
        context_team_id: eventOptions.teamId ?? teamId,
        context_enterprise_id: null,
        api_app_id: sim.appId,
        event: { event_ts: `${eventTime}.000100`, ...event },
        type: 'event_callback',
        event_id: eventId,
        event_time: eventTime,
        authorizations: [
          {
            enterprise_id: null,
            team_id: sim.teamId,
            user_id: sim.botUserId,
            is_bot: true,
            is_enterprise_install: false,
          },
        ],
        is_ext_shared_channel: eventOptions.isExtSharedChannel ?? false,
      };
      const headers: Record<string, string> = {};
      if (eventOptions.retryNum !== undefined) headers['x-slack-retry-num'] = String(eventOptions.retryNum);
      if (eventOptions.retryReason !== undefined) headers['x-slack-retry-reason'] = eventOptions.retryReason;
      return { ...(await post(JSON.stringify(envelope), 'application/json', { headers })), eventId };
    },

    raw: (input) => post(input.body, input.contentType, input),
  };
}
