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

/** Where the bot's DM channel ids are kept (the database, so a restart does not have to learn them again). */
export interface DmChannelStore {
  find(userId: string): string | undefined;
  remember(userId: string, channelId: string): void;
  forget(userId: string): void;
}

/** For tests and tools that run without a database: the same contract, in memory. */
export function inMemoryDmChannels(): DmChannelStore {
  const ids = new Map<string, string>();
  return {
    find: (userId) => ids.get(userId),
    remember: (userId, channelId) => void ids.set(userId, channelId),
    forget: (userId) => void ids.delete(userId),
  };
}

/**
 * Sends a person a DM by posting to their user id (Slack delivers it to the app's DM and answers with its
 * channel id, which is kept), so no conversations.open (Tier 3) stands before a first prompt. When Slack Connect
 * rules forbid a DM (invalid_user_combination, user_not_visible), the same message goes to them as an ephemeral
 * message in the coalition channel. Failures become DeliveryFailures.
 */
export function createDirectMessages(client: WebClient, store: DmChannelStore) {
  /** The DM's id for reading its history: the kept one, else asked of Slack (only after an ambiguous send). */
  async function openDm(userId: string): Promise<string | undefined> {
    const known = store.find(userId);
    if (known) return known;
    try {
      const opened = await client.conversations.open({ users: userId });
      if (opened.channel?.id) store.remember(userId, opened.channel.id);
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

  async function postToDm(channel: string, message: SlackMessage, metadata?: MessageMetadata) {
    return client.chat.postMessage({ channel, ...message, ...(metadata ? { metadata } : {}) });
  }

  async function send(target: DmTarget, message: SlackMessage, metadata?: MessageMetadata): Promise<SentMessage> {
    const known = store.find(target.userId);
    try {
      const posted = await postToDm(known ?? target.userId, message, metadata).catch(async (error: unknown) => {
        // Slack refused the remembered id, so nothing was posted: forget it and post to the user id instead.
        if (!known || !STALE_DM.has(platformErrorCode(error) ?? '')) throw error;
        store.forget(target.userId);
        return postToDm(target.userId, message, metadata);
      });
      const channelId = posted.channel ?? known ?? target.userId;
      if (posted.channel && posted.channel !== known) store.remember(target.userId, posted.channel);
      return { path: 'dm', channelId, ts: posted.ts ?? null };
    } catch (error) {
      if (DM_UNREACHABLE.has(platformErrorCode(error) ?? ''))
        return postEphemeral(target.coalitionChannelId, target.userId, message);
      throw toDeliveryFailure(error);
    }
  }

  return { openDm, postEphemeral, send };
}

export type DirectMessages = ReturnType<typeof createDirectMessages>;
