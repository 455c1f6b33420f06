import type { webApi } from '@slack/bolt';
import type { SentMessage } from '../services/ports.js';
import type { SlackMessage } from './blocks/elements.js';
import { DM_UNREACHABLE, toDeliveryFailure } from './delivery-errors.js';
import { platformErrorCode } from './platform-errors.js';

type WebClient = webApi.WebClient;

const STALE_DM = new Set(['channel_not_found', 'is_archived', 'not_in_channel']);

export interface DmTarget {
  userId: string;
  coalitionChannelId: string;
}

export type MessageMetadata = { event_type: string; event_payload: Record<string, string | number> };

/**
 * Sends a person a DM; when Slack Connect rules forbid one (invalid_user_combination, user_not_visible),
 * the same message goes to them as an ephemeral message in the coalition channel. Failures become DeliveryFailures.
 */
export function createDirectMessages(client: WebClient) {
  // A bot's DM with a person keeps its id for good; remembering it halves the calls of every fan-out after the first.
  const dmIds = new Map<string, string>();

  async function openDm(userId: string): Promise<string | undefined> {
    const known = dmIds.get(userId);
    if (known) return known;
    try {
      const opened = await client.conversations.open({ users: userId });
      if (opened.channel?.id) dmIds.set(userId, opened.channel.id);
      return opened.channel?.id;
    } catch (error) {
      if (DM_UNREACHABLE.has(platformErrorCode(error) ?? '')) return undefined;
      throw toDeliveryFailure(error);
    }
  }

  async function postEphemeral(channelId: string, userId: string, message: SlackMessage): Promise<SentMessage> {
    try {
      const posted = await client.chat.postEphemeral({ channel: channelId, user: userId, ...message });
      return { path: 'channel_ephemeral', channelId, ts: posted.message_ts ?? null };
    } catch (error) {
      throw toDeliveryFailure(error);
    }
  }

  async function send(target: DmTarget, message: SlackMessage, metadata?: MessageMetadata): Promise<SentMessage> {
    const dm = await openDm(target.userId);
    if (!dm) return postEphemeral(target.coalitionChannelId, target.userId, message);
    try {
      const posted = await client.chat.postMessage({ channel: dm, ...message, ...(metadata ? { metadata } : {}) });
      return { path: 'dm', channelId: dm, ts: posted.ts ?? null };
    } catch (error) {
      const code = platformErrorCode(error) ?? '';
      // A remembered DM id Slack no longer knows is forgotten, so the retry opens a fresh one.
      if (STALE_DM.has(code)) dmIds.delete(target.userId);
      if (DM_UNREACHABLE.has(code)) return postEphemeral(target.coalitionChannelId, target.userId, message);
      throw toDeliveryFailure(error);
    }
  }

  return { openDm, postEphemeral, send };
}

export type DirectMessages = ReturnType<typeof createDirectMessages>;
